package org.reportlint.rules.placeholder;

import java.util.List;

/**
 * Regular-expression pieces for the words that surround a figure in a report: currencies, magnitudes, units and
 * masks. Shared so that the masked-number, empty-slot and dummy-entity matchers agree on what a figure looks like.
 */
final class NumberWords {

    /** A currency symbol written before an amount, with or without a space. */
    static final String CURRENCY_SYMBOL = "(?:(?<![\\w$])(?:US|A|C|HK|S|NZ)?\\$|[\u20AC\u00A3\u00A5\u20B9])";

    /** Currency codes written before an amount; {@code Rs} may take a period. */
    static final List<String> CURRENCY_CODES = List.of(
            "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "CHF", "KRW", "Rs");

    /** A currency code written before an amount, always with a space (so {@code USDX} is not {@code USD X}). */
    static final String CURRENCY_CODE = "(?:\\bRs\\.|\\b(?:" + String.join("|", CURRENCY_CODES) + ")\\b)";

    /** A currency and the space that separates it from the amount. */
    static final String CURRENCY = "(?:" + CURRENCY_SYMBOL + "\\s?|" + CURRENCY_CODE + "\\s+)";

    /** A magnitude word after an amount. */
    static final String MAGNITUDE = "(?i:thousand|million|billion|trillion|mn|bn|mio|mln|bln|crore|lakh)";

    /** A percent sign or word. */
    static final String PERCENT = "(?:%|percent\\b|per\\s?cent\\b)";

    /** Units a masked count is given in; kept to words that do not follow a Roman numeral in a name. */
    static final String UNIT = "(?:(?i:units|tons|tonnes|kilotons|kilo\\s?tons|metric\\s+tons|barrels|cases|liters"
            + "|litres|gallons|users|subscribers|customers|shipments|vehicles|patients|hectares|acres|sq\\.?\\s?ft"
            + "|square\\s+(?:feet|meters|metres)|dollars)|[kMGT]Wh?|MT|kg|USD|EUR)\\b";

    /**
     * Letters standing in for digits: {@code x}, {@code XX}, {@code XX.X}, {@code xxx,xxx}. A single letter counts
     * only where a unit or currency pins it down, which the callers ensure.
     */
    static final String LETTER_MASK = "(?:[xX]{1,6}(?:[.,][xX]{1,4})*)";

    /**
     * Symbols a template or an export prints where a figure is missing, two or more of a kind so that a lone
     * {@code #} ("# of units") or {@code ?} is not one: {@code __}, {@code ###}, {@code ??}, {@code ##.#}.
     */
    static final String SYMBOL_MASK = "(?:_{2,8}(?:[.,]_{1,4})?|#{2,8}(?:[.,]#{1,4})?|\\?{2,6}(?:[.,]\\?{1,4})?)";

    /**
     * A value left to supply in brackets, as drafting templates write it: a bullet or blanks ({@code [●]},
     * {@code [•]}, {@code [___]}). An ellipsis in brackets ({@code [...]}) marks an omission in a quote instead.
     */
    static final String BRACKET_MASK = "(?:\\[ ?(?:[\u25CF\u2022\u25A0\u25AA\u25CB\u25E6]{1,6}|_{1,8}) ?\\])";

    /**
     * {@code N} standing in for digits ({@code N%}, {@code NN.N%}); upper case only, since a lower-case {@code n%}
     * is as often a variable in a formula.
     */
    static final String N_MASK = "(?:N{1,3}(?:[.,]N{1,2})?)";

    /** Asterisks standing in for digits, as paywalled statistics pages print them. */
    static final String STAR_MASK = "(?:\\*{1,12}(?:[.,]\\*{1,4})?)";

    private NumberWords() {
    }
}
