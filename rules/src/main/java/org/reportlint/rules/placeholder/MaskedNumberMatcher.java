package org.reportlint.rules.placeholder;

import static org.reportlint.rules.placeholder.NumberWords.BRACKET_MASK;
import static org.reportlint.rules.placeholder.NumberWords.CURRENCY;
import static org.reportlint.rules.placeholder.NumberWords.LETTER_MASK;
import static org.reportlint.rules.placeholder.NumberWords.MAGNITUDE;
import static org.reportlint.rules.placeholder.NumberWords.N_MASK;
import static org.reportlint.rules.placeholder.NumberWords.PERCENT;
import static org.reportlint.rules.placeholder.NumberWords.STAR_MASK;
import static org.reportlint.rules.placeholder.NumberWords.SYMBOL_MASK;
import static org.reportlint.rules.placeholder.NumberWords.UNIT;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures masked with letters, asterisks or other symbols next to a currency, percent, unit or magnitude:
 * {@code $xxx million}, {@code USD XX}, {@code XX.X%}, {@code x% CAGR}, {@code ***** million}, {@code $__},
 * {@code $###}, {@code ??%}, {@code [●] million}, {@code N%}, {@code 20XX}.
 *
 * <p>A mask alone is not flagged: {@code Super Bowl XX}, {@code XXL}, {@code x86} and a star rating
 * ({@code rated *****}) carry no figure context, so only the words beside a mask tell a placeholder from a Roman
 * numeral, a product name or a rating. A single letter before a bare count unit ({@code former X users},
 * {@code Gen-X users}) is ambiguous and not flagged, nor is {@code XX} or {@code XXX} before one after a name
 * ({@code Super Bowl XX units}); with a percent sign or magnitude they are.
 */
final class MaskedNumberMatcher implements PlaceholderMatcher {
    /** A mask that needs a magnitude or unit after a currency: one letter or star is as often a variable. */
    private static final String WEAK_MASK = "(?:" + LETTER_MASK + "|" + STAR_MASK + "|" + N_MASK + ")";
    /**
     * A mask that is one on its own after a currency: two or more letters ({@code XX}, {@code X.X}), three or more
     * asterisks, a run of blanks, hashes or question marks, or a bracketed bullet.
     */
    private static final String CLEAR_MASK = "(?:[xX]{2,6}(?:[.,][xX]{1,4})*|[xX](?:[.,][xX]{1,4})+"
            + "|\\*{3,12}(?:[.,]\\*{1,4})?|" + SYMBOL_MASK + "|" + BRACKET_MASK + ")";
    private static final String MASK_END = "(?![\\w*#?])";
    private static final String MAGNITUDE_OR_UNIT = "(?:\\s?" + MAGNITUDE + "\\b|\\s?[MBK]\\b)(?:\\s+" + UNIT + ")?"
            + "|\\s+" + UNIT;

    private static final Pattern CURRENCY_THEN_MASK = Pattern.compile(
            CURRENCY + "(?:" + CLEAR_MASK + MASK_END + "(?:" + MAGNITUDE_OR_UNIT + ")?"
                    + "|" + WEAK_MASK + MASK_END + "(?:" + MAGNITUDE_OR_UNIT + "))");
    /** Not after a letter and hyphen either: {@code Gen-X} is a name. */
    private static final Pattern LETTERS_THEN_UNIT = Pattern.compile(
            "(?<![\\w$\u20AC\u00A3\u00A5\u20B9.,*])(?<!\\p{L}[-\u2010\u2011])(" + LETTER_MASK + ")"
                    + "(?:\\s?(" + PERCENT + ")|\\s(" + MAGNITUDE + ")\\b(?:\\s+" + UNIT + ")?|\\s" + UNIT + ")");
    /** Blanks, hashes, question marks, a bracketed bullet or {@code N} before a percent sign or magnitude. */
    private static final Pattern SYMBOLS_THEN_UNIT = Pattern.compile(
            "(?<![\\w$\u20AC\u00A3\u00A5\u20B9.,*#?\\[])(?:(?:" + SYMBOL_MASK + "|" + BRACKET_MASK + ")"
                    + "(?:\\s?" + PERCENT + "|\\s" + MAGNITUDE + "\\b(?:\\s+" + UNIT + ")?)"
                    + "|" + N_MASK + "\\s?%)(?![\\w%])");
    /** Stars before a percent sign need two or more: {@code *%} and {@code * %} are tags and globs. */
    private static final Pattern STARS_THEN_UNIT = Pattern.compile(
            "(?<![\\w*])(?:\\*{2,12}(?:[.,]\\*{1,4})?\\s?%(?![\\w*:])"
                    + "|" + STAR_MASK + "\\s(?:percent\\b|per\\s?cent\\b|" + MAGNITUDE + "\\b(?:\\s+" + UNIT + ")?))");
    /** A run of asterisks between two words of a sentence; a share was blanked out only after a figure's lead. */
    private static final Pattern STARS_IN_SENTENCE = Pattern.compile("(?<=[\\p{L}\\d,] )\\*{3,}(?= [\\p{L}\\d])");
    private static final Pattern MASKED_YEAR = Pattern.compile(
            "(?<![\\w])(?:FY\\s?)?(?:(?:19|20)(?:[xX]{2}|__|##|\\?\\?)|20\\d[xX])(?![\\w#?])");
    private static final Pattern CAGR_THEN_MASK = Pattern.compile(
            "\\bCAGR\\s+(?:of\\s+)?(?:(?:about|around|approximately|nearly|over)\\s+)?(" + LETTER_MASK + "|"
                    + STAR_MASK + "|" + SYMBOL_MASK + "|" + BRACKET_MASK + ")(?![\\w*#?])");
    private static final Pattern ROMAN_X = Pattern.compile("X{1,3}");
    /** A capitalised word before a single letter makes it part of a name: {@code Model X units}, {@code OS X}. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d]*\\s$");

    @Override
    public void find(String text, List<TextMatch> out) {
        if (!mayHoldMask(text)) {
            return;
        }
        addAll(CURRENCY_THEN_MASK.matcher(text), text, out);
        findLetterMasks(text, out);
        Matcher symbols = SYMBOLS_THEN_UNIT.matcher(text);
        while (symbols.find()) {
            // "## million" at the start of a line is a Markdown heading shown as text, not a mask.
            if (text.charAt(symbols.start()) != '#' || !startsLine(text, symbols.start())) {
                add(text, symbols.start(), symbols.end(), out);
            }
        }
        Matcher stars = STARS_THEN_UNIT.matcher(text);
        while (stars.find()) {
            if (!startsLine(text, stars.start())) {
                add(text, stars.start(), stars.end(), out);
            }
        }
        Matcher starsInSentence = STARS_IN_SENTENCE.matcher(text);
        while (starsInSentence.find()) {
            if (FigureLead.before(text, starsInSentence.start())) {
                add(text, starsInSentence.start(), starsInSentence.end(), out);
            }
        }
        addAll(MASKED_YEAR.matcher(text), text, out);
        Matcher cagr = CAGR_THEN_MASK.matcher(text);
        while (cagr.find()) {
            add(text, cagr.start(1), cagr.end(1), out);
        }
    }

    /**
     * A single letter counts only before a percent sign, or before a magnitude when no capitalised word makes it
     * part of a name; two or more letters count before any unit.
     */
    private static void findLetterMasks(String text, List<TextMatch> out) {
        Matcher letters = LETTERS_THEN_UNIT.matcher(text);
        while (letters.find()) {
            boolean singleLetter = letters.group(1).length() == 1;
            boolean percent = letters.group(2) != null;
            boolean magnitude = letters.group(3) != null;
            if (singleLetter && !percent && (!magnitude || follows(NAME_BEFORE, text, letters.start()))) {
                continue;
            }
            // After a name, XX or XXX before a bare count is a Roman numeral: "Super Bowl XX units".
            if (!percent && !magnitude && ROMAN_X.matcher(letters.group(1)).matches()
                    && follows(NAME_BEFORE, text, letters.start())) {
                continue;
            }
            add(text, letters.start(), letters.end(), out);
        }
    }

    /**
     * Whether the text has a character a mask is made of, not continuing a word; most blocks have none, and this
     * loop is far cheaper than running every pattern over them.
     */
    static boolean mayHoldMask(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
            if (c == '*' || c == '_' || c == '#' || c == '?' || c == '[' || c == '\u25CF' || c == '\u2022'
                    || ((c == 'x' || c == 'X' || c == 'N') && wordStart)) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(Matcher matcher, String text, List<TextMatch> out) {
        while (matcher.find()) {
            add(text, matcher.start(), matcher.end(), out);
        }
    }

    private static void add(String text, int start, int end, List<TextMatch> out) {
        out.add(new TextMatch(start, end, "Placeholder \"" + TextMatch.quote(text, start, end) + "\" left in text"));
    }

    /** Whether only spaces precede {@code index} on its line, as for a Markdown bullet {@code * item}. */
    private static boolean startsLine(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean follows(Pattern pattern, String text, int index) {
        return pattern.matcher(text.substring(Math.max(0, index - 40), index)).find();
    }
}
