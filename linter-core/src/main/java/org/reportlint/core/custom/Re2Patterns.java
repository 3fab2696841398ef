package org.reportlint.core.custom;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Compiles the patterns of custom rules with RE2/J, which matches in time linear in the text whatever the pattern,
 * so that no configured pattern can hang a run by backtracking. A pattern RE2 rejects gets a one-line reason; when
 * it uses a construct of backtracking engines RE2 does not have, the reason names it and says what to write instead.
 */
public final class Re2Patterns {

    /** A construct of java.util.regex / PCRE that RE2 lacks, how to spot it, and what to write instead. */
    private record Unsupported(java.util.regex.Pattern spot, String name, String instead) {
    }

    private static final List<Unsupported> UNSUPPORTED = List.of(
            new Unsupported(java.util.regex.Pattern.compile("\\(\\?<[=!]"), "look-behind (?<=...) / (?<!...)",
                    "match the preceding text as part of the pattern, or use \\b for a word edge"),
            new Unsupported(java.util.regex.Pattern.compile("\\(\\?[=!]"), "look-ahead (?=...) / (?!...)",
                    "match the following text as part of the pattern, or use \\b for a word edge"),
            new Unsupported(java.util.regex.Pattern.compile("\\(\\?>"), "atomic groups (?>...)",
                    "write a plain group (?:...): RE2 never backtracks, so nothing is lost"),
            new Unsupported(java.util.regex.Pattern.compile("(?<!\\\\)(?:[*+?]|\\})\\+"), "possessive quantifiers (a*+, a++)",
                    "write the plain quantifier (a*, a+): RE2 never backtracks, so nothing is lost"),
            new Unsupported(java.util.regex.Pattern.compile("(?<!\\\\)\\\\(?:[1-9]|k<)"), "backreferences (\\1, \\k<name>)",
                    "spell out the alternatives, or use a consistency rule for two spellings that must agree"));

    private Re2Patterns() {
    }

    /** Thrown for a pattern RE2 cannot compile; the message is one line. */
    public static final class InvalidPattern extends Exception {
        InvalidPattern(String reason) {
            super(reason, null, false, false);
        }
    }

    public static Pattern compile(String pattern, boolean ignoreCase) throws InvalidPattern {
        for (Unsupported construct : UNSUPPORTED) {
            Matcher spotted = construct.spot().matcher(pattern);
            if (spotted.find() && !escapedOrInClass(pattern, spotted.start())) {
                throw new InvalidPattern("RE2 does not support " + construct.name() + " (at character "
                        + (spotted.start() + 1) + "): " + construct.instead());
            }
        }
        try {
            return Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException invalid) {
            throw new InvalidPattern("not valid RE2: " + invalid.getDescription().replaceAll("\\s+", " ")
                    + (invalid.getPattern().isEmpty() || invalid.getPattern().equals(pattern) ? ""
                    : " at \"" + invalid.getPattern() + "\""));
        }
    }

    /** Whether {@code index} is escaped or inside a character class, where the construct is literal text. */
    private static boolean escapedOrInClass(String pattern, int index) {
        boolean inClass = false;
        for (int i = 0; i < index; i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
        }
        return inClass;
    }

    /** A literal word or phrase as a pattern that matches exactly it. */
    public static String literal(String text) {
        return Pattern.quote(text);
    }
}
