package org.reportlint.rules.placeholder;

import static org.reportlint.rules.placeholder.NumberWords.CURRENCY;
import static org.reportlint.rules.placeholder.NumberWords.LETTER_MASK;
import static org.reportlint.rules.placeholder.NumberWords.MAGNITUDE;
import static org.reportlint.rules.placeholder.NumberWords.PERCENT;
import static org.reportlint.rules.placeholder.NumberWords.STAR_MASK;
import static org.reportlint.rules.placeholder.NumberWords.UNIT;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures masked with letters or asterisks next to a currency, percent, unit or magnitude: {@code $xxx
 * million}, {@code USD XX}, {@code XX.X%}, {@code x% CAGR}, {@code ***** million}, {@code 20XX}.
 *
 * <p>A mask alone is not flagged: {@code Super Bowl XX}, {@code XXL} and {@code x86} carry no unit, so only the
 * word beside a mask tells a placeholder from a Roman numeral or a product name.
 */
final class MaskedNumberMatcher implements PlaceholderMatcher {
    private static final String MASK = "(?:" + LETTER_MASK + "|" + STAR_MASK + ")";
    /**
     * A mask that is one on its own: two or more letters ({@code XX}, {@code X.X}) or three or more asterisks. One
     * letter or star after a currency is as often a variable or a pattern ({@code $x}, {@code $*}) as a figure.
     */
    private static final String CLEAR_MASK = "(?:[xX]{2,6}(?:[.,][xX]{1,4})*|[xX](?:[.,][xX]{1,4})+"
            + "|\\*{3,12}(?:[.,]\\*{1,4})?)";
    private static final String MAGNITUDE_OR_UNIT = "(?:\\s?" + MAGNITUDE + "\\b|\\s?[MBK]\\b)(?:\\s+" + UNIT + ")?"
            + "|\\s+" + UNIT;

    private static final Pattern CURRENCY_THEN_MASK = Pattern.compile(
            CURRENCY + "(?:" + CLEAR_MASK + "(?![\\w*])(?:" + MAGNITUDE_OR_UNIT + ")?"
                    + "|" + MASK + "(?![\\w*])(?:" + MAGNITUDE_OR_UNIT + "))");
    private static final Pattern LETTERS_THEN_UNIT = Pattern.compile(
            "(?<![\\w$\u20AC\u00A3\u00A5\u20B9.,*])(" + LETTER_MASK + ")"
                    + "(?:\\s?" + PERCENT + "|\\s" + MAGNITUDE + "\\b(?:\\s+" + UNIT + ")?|\\s" + UNIT + ")");
    /** Stars before a percent sign need two or more: {@code *%} and {@code * %} are tags and globs. */
    private static final Pattern STARS_THEN_UNIT = Pattern.compile(
            "(?<![\\w*])(?:\\*{2,12}(?:[.,]\\*{1,4})?\\s?%(?![\\w*:])"
                    + "|" + STAR_MASK + "\\s(?:percent\\b|per\\s?cent\\b|" + MAGNITUDE + "\\b(?:\\s+" + UNIT + ")?))");
    /** A run of asterisks between two words of a sentence, where a share was blanked out ("about ***** of"). */
    private static final Pattern STARS_IN_SENTENCE = Pattern.compile("(?<=[\\p{L}\\d,] )\\*{3,}(?= [\\p{L}\\d])");
    private static final Pattern MASKED_YEAR = Pattern.compile(
            "(?<![\\w])(?:FY\\s?)?(?:(?:19|20)[xX]{2}|20\\d[xX])(?![\\w])");
    private static final Pattern CAGR_THEN_MASK = Pattern.compile(
            "\\bCAGR\\s+(?:of\\s+)?(?:(?:about|around|approximately|nearly|over)\\s+)?(" + MASK + ")(?![\\w*])");
    /** A capitalised word before a single letter makes it part of a name: {@code Model X units}, {@code OS X}. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d]*\\s$");

    @Override
    public void find(String text, List<TextMatch> out) {
        if (!mayHoldMask(text)) {
            return;
        }
        addAll(CURRENCY_THEN_MASK.matcher(text), text, out);
        Matcher letters = LETTERS_THEN_UNIT.matcher(text);
        while (letters.find()) {
            boolean singleLetter = letters.group(1).length() == 1;
            boolean percent = text.charAt(letters.end() - 1) == '%' || letters.group().toLowerCase().contains("cent");
            if (singleLetter && !percent && follows(NAME_BEFORE, text, letters.start())) {
                continue;
            }
            add(text, letters.start(), letters.end(), out);
        }
        Matcher stars = STARS_THEN_UNIT.matcher(text);
        while (stars.find()) {
            if (!startsLine(text, stars.start())) {
                add(text, stars.start(), stars.end(), out);
            }
        }
        addAll(STARS_IN_SENTENCE.matcher(text), text, out);
        addAll(MASKED_YEAR.matcher(text), text, out);
        Matcher cagr = CAGR_THEN_MASK.matcher(text);
        while (cagr.find()) {
            add(text, cagr.start(1), cagr.end(1), out);
        }
    }

    /**
     * Whether the text has an asterisk or an x that does not continue a word; most blocks have neither, and this
     * loop is far cheaper than running every pattern over them.
     */
    static boolean mayHoldMask(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || ((c == 'x' || c == 'X') && (i == 0 || !Character.isLetter(text.charAt(i - 1))))) {
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
