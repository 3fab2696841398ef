package org.reportlint.rules.placeholder;

import static org.reportlint.rules.placeholder.NumberWords.CURRENCY_CODE;
import static org.reportlint.rules.placeholder.NumberWords.CURRENCY_SYMBOL;
import static org.reportlint.rules.placeholder.NumberWords.MAGNITUDE;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds slots a template filled with nothing: {@code valued at USD billion in}, {@code a CAGR of % from to 2030},
 * {@code USD  million}.
 *
 * <p>A currency and magnitude side by side are also how a table labels its unit ({@code Revenue (USD Billion)}), so
 * they count as an empty slot only after a word that announces a figure ({@code at}, {@code reach}, {@code of}), or
 * when the template left the double space where the number was.
 */
final class EmptySlotMatcher implements PlaceholderMatcher {
    private static final String ANNOUNCES_FIGURE = "(?i:at|of|to|reach|reached|reaches|reaching|around|about"
            + "|approximately|nearly|almost|over|exceed|exceeding|surpass|surpassing|worth|is|was|be|hit|totaling"
            + "|totalling|generated?|valued|estimated|projected|expected)";
    private static final String CURRENCY_WORD = "(?:" + CURRENCY_SYMBOL + "|" + CURRENCY_CODE + ")";

    private static final Pattern CURRENCY_WITHOUT_AMOUNT = Pattern.compile(
            "\\b" + ANNOUNCES_FIGURE + "\\s+(" + CURRENCY_WORD + "\\s*" + MAGNITUDE + "\\b"
                    + "|" + CURRENCY_CODE + "(?=\\s+(?:in|by)\\s+(?:(?:19|20)\\d\\d|and)\\b))");
    private static final Pattern GAP_BETWEEN_CURRENCY_AND_MAGNITUDE = Pattern.compile(
            CURRENCY_WORD + "[ \\t\u00A0]{2,}" + MAGNITUDE + "\\b");
    /** A unit label such as "in units of USD billion" is not a slot. */
    private static final Pattern UNIT_LABEL_BEFORE = Pattern.compile("(?i)\\b(?:units|terms|thousands|millions)\\s+$");
    private static final Pattern PERCENT_WITHOUT_AMOUNT = Pattern.compile(
            "\\b(?i:of|at|by|around|about|approximately|nearly|over|CAGR)\\s+%(?![\\w%])"
                    + "|(?<![\\w%.])[ \\t\u00A0]%(?=\\s+CAGR\\b)");
    private static final Pattern YEARS_WITHOUT_VALUES = Pattern.compile("\\b(?i:from|between)\\s+(?i:to|and)\\b");

    @Override
    public void find(String text, List<TextMatch> out) {
        Matcher currency = CURRENCY_WITHOUT_AMOUNT.matcher(text);
        while (currency.find()) {
            String before = text.substring(Math.max(0, currency.start() - 30), currency.start());
            if (!UNIT_LABEL_BEFORE.matcher(before).find()) {
                add(text, currency.start(1), currency.end(1), out);
            }
        }
        addAll(GAP_BETWEEN_CURRENCY_AND_MAGNITUDE.matcher(text), text, out);
        Matcher percent = PERCENT_WITHOUT_AMOUNT.matcher(text);
        while (percent.find()) {
            int start = percent.start();
            while (Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            add(text, start, percent.end(), out);
        }
        addAll(YEARS_WITHOUT_VALUES.matcher(text), text, out);
    }

    private static void addAll(Matcher matcher, String text, List<TextMatch> out) {
        while (matcher.find()) {
            add(text, matcher.start(), matcher.end(), out);
        }
    }

    private static void add(String text, int start, int end, List<TextMatch> out) {
        out.add(new TextMatch(start, end, "Empty slot: \"" + TextMatch.quote(text, start, end) + "\" has no number"));
    }
}
