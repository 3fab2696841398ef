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
    /** What a template fills in: a slot names one of these. */
    private static final Set<String> HEADS = Set.of(
            "name", "names", "value", "values", "amount", "number", "figure", "total", "year", "years", "date",
            "month", "quarter", "period", "cagr", "rate", "share", "size", "revenue", "revenues", "sales", "price",
            "percentage", "percent", "pct", "volume", "valuation", "currency", "title", "url", "email", "phone",
            "address", "author", "count", "metric", "id");
    /** Whose or which value; one of these alone in brackets is a slot only when it names an entity. */
    private static final Set<String> QUALIFIERS = Set.of(
            "market", "company", "companies", "region", "country", "city", "state", "product", "products", "brand",
            "vendor", "player", "players", "client", "customer", "segment", "application", "industry", "sector",
            "category", "type", "competitor", "manufacturer", "supplier", "publisher", "report", "organization",
            "organisation", "business", "first", "last", "full", "start", "end", "base", "target", "current",
            "key", "top", "leading", "estimated", "projected", "historical", "forecast", "growth", "unit", "units");
    /** The entity nouns that are a slot on their own: {@code {Company}}, {@code [Region]}. */
    private static final Set<String> ENTITIES = Set.of(
            "market", "company", "region", "country", "city", "product", "brand", "vendor", "client", "customer",
            "segment", "competitor", "manufacturer", "supplier");
    /** Heads so plainly a blank that any word may qualify them: {@code [analyst name]}, {@code <launch date>}. */
    private static final Set<String> OPEN_HEADS = Set.of("name", "date", "year", "value", "amount", "url", "email",
            "number");
    /** Words that make bracketed text an editorial insertion rather than a slot: {@code [the name]}. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my");
    private static final int MAX_OPEN_WORDS = 3;
    /** Where an identifier splits into words: spaces, underscores, hyphens, dots and lower-to-upper case steps. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s_.\\-]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final int MAX_WORDS = 4;

    private SlotWords() {
    }

    /**
     * Whether {@code content}, the text between brackets, names a slot: one to four slot words with at least one
     * that names what is filled in ({@code Market Name}, {@code CAGR}), or one entity noun alone ({@code Company}).
     * Qualifiers alone ({@code full report}, {@code Key Players}) are as often a link label or a heading, and are
     * not flagged.
     */
    static boolean isSlot(String content) {
        String[] words = WORD_BREAK.split(content.strip());
        if (words.length == 0 || words.length > MAX_WORDS) {
            return false;
        }
        if (words.length == 1 && ENTITIES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (words.length <= MAX_OPEN_WORDS && opensOnHead(words)) {
            return true;
        }
        boolean head = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (HEADS.contains(lower)) {
                head = true;
            } else if (!QUALIFIERS.contains(lower)) {
                return false;
            }
        }
        return head;
    }

    /** Whether the last word is an open head and no word is a determiner. */
    private static boolean opensOnHead(String[] words) {
        if (!OPEN_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : words) {
            if (DETERMINERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
