package org.reportlint.rules.placeholder;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a template names its slots with: what a report fills in ({@code name}, {@code value}, {@code CAGR},
 * {@code year}) and the nouns that qualify it ({@code market}, {@code company}, {@code base}). Bracketed text made of
 * these words only ({@code [Market Name]}, {@code <company>}, {@code {marketSize}}) is a slot; bracketed text with
 * any other word ({@code [citation needed]}, {@code [the company]}, {@code [sic]}) is prose.
 */
final class SlotWords {
    private static final Set<String> WORDS = Set.of(
            // what is filled in
            "name", "names", "value", "values", "amount", "number", "figure", "total", "year", "years", "date",
            "month", "quarter", "period", "cagr", "rate", "share", "size", "revenue", "revenues", "sales", "price",
            "percentage", "percent", "pct", "volume", "forecast", "growth", "valuation", "currency", "unit", "units",
            "title", "url", "link", "email", "phone", "address", "author", "count", "metric", "id",
            // whose or which value
            "market", "company", "companies", "region", "country", "city", "state", "product", "products", "brand",
            "vendor", "player", "players", "client", "customer", "segment", "application", "industry", "sector",
            "category", "type", "competitor", "manufacturer", "supplier", "publisher", "report", "organization",
            "organisation", "business", "first", "last", "full", "start", "end", "base", "target", "current",
            "key", "top", "leading", "estimated", "projected", "historical");
    /** Where an identifier splits into words: spaces, underscores, hyphens, dots and lower-to-upper case steps. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s_.\\-]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final int MAX_WORDS = 4;

    private SlotWords() {
    }

    /** Whether {@code content}, the text between brackets, names a slot in one to four slot words. */
    static boolean isSlot(String content) {
        String[] words = WORD_BREAK.split(content.strip());
        if (words.length == 0 || words.length > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
