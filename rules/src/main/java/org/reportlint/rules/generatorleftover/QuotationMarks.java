package org.reportlint.rules.generatorleftover;

import java.util.regex.Pattern;

/**
 * Whether words in a text are mentioned rather than used: set in quotation marks ({@code "Sure, here's"},
 * {@code “As an AI language model”}, {@code ‘I hope this helps’}), or given as an example right after a word that
 * introduces one ({@code phrases such as As an AI language model}). An article about writing assistants quotes
 * their phrases; a leftover is never inside quotation marks of its own.
 */
final class QuotationMarks {
    /** The words just before an example: what it is an example of, or "such as", "like", "e.g.". */
    private static final Pattern INTRODUCES_EXAMPLE = Pattern.compile(
            "(?i)(?:phrases?|words?|wording|lines?|sentences?|expressions?|openers?|openings?|closers?"
                    + "|disclaimers?|boilerplate|tells?|giveaways?|such as|like|e\\.g\\.|for example|for instance"
                    + "|namely)\\s*[,:]?\\s*$");
    private static final int EXAMPLE_CUE_REACH = 40;

    private QuotationMarks() {
    }

    /** Whether {@code [start, end)} of {@code text} is quoted or introduced as an example. */
    static boolean isMentioned(String text, int start, int end) {
        return inDoubleQuotes(text, start, end) || inSingleQuotes(text, start, end)
                || INTRODUCES_EXAMPLE.matcher(text.substring(Math.max(0, start - EXAMPLE_CUE_REACH), start)).find();
    }

    private static boolean inDoubleQuotes(String text, int start, int end) {
        // Curly and angle quotes show which way they face.
        if (opensBefore(text, start, '\u201C', '\u201D') && text.indexOf('\u201D', end) >= 0
                || opensBefore(text, start, '\u00AB', '\u00BB') && text.indexOf('\u00BB', end) >= 0) {
            return true;
        }
        // Straight quotes do not: an odd number before the words opens a quotation.
        int before = 0;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '"') {
                before++;
            }
        }
        return before % 2 == 1 && text.indexOf('"', end) >= 0;
    }

    /** Whether the last of {@code open} and {@code close} before {@code start} is {@code open}. */
    private static boolean opensBefore(String text, int start, char open, char close) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == close) {
                return false;
            }
            if (c == open) {
                return true;
            }
        }
        return false;
    }

    /**
     * Single quotes share their closing mark with the apostrophe ({@code here’s}), so a mark counts as closing only
     * when no letter follows it, and a straight one as opening only when no letter or digit precedes it and no
     * space follows it.
     */
    private static boolean inSingleQuotes(String text, int start, int end) {
        int open = -1;
        for (int i = 0; i < start; i++) {
            if (isOpeningSingle(text, i)) {
                open = i;
            } else if (open >= 0 && isClosingSingle(text, i)) {
                open = -1;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = end; i < text.length(); i++) {
            if (isClosingSingle(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpeningSingle(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u2018') {
            return true;
        }
        return c == '\'' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean isClosingSingle(String text, int i) {
        char c = text.charAt(i);
        return (c == '\u2019' || c == '\'') && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)));
    }
}
