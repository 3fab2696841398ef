package org.reportlint.rules.foreignmarketname;

import java.util.List;
import java.util.Map;
import org.reportlint.rules.regionmembership.Countries;

/**
 * The region of a market name, and whether two regions are siblings: {@code europe} and {@code north america}, or
 * {@code germany} and {@code france}, are different markets of one product; {@code europe} and {@code germany}, or
 * {@code asia} and {@code asia pacific}, overlap, and a report on one may well speak of the other.
 */
final class Regions {
    /** Adjectives and short forms written for a region, as its name. */
    private static final Map<String, String> WORD = Map.ofEntries(
            Map.entry("american", "america"), Map.entry("european", "europe"), Map.entry("asian", "asia"),
            Map.entry("african", "africa"), Map.entry("chinese", "china"), Map.entry("indian", "india"),
            Map.entry("japanese", "japan"), Map.entry("korean", "korea"), Map.entry("german", "germany"),
            Map.entry("french", "france"), Map.entry("u.s.", "us"), Map.entry("u.s", "us"), Map.entry("usa", "us"),
            Map.entry("americas", "america"));
    private static final Map<String, String> PHRASE = Map.of(
            "united states", "us", "united kingdom", "uk", "south korea", "korea", "the americas", "america");
    /** Continents and their parts, by the group they belong to: two names in one group overlap. */
    private static final Map<String, String> MACRO_GROUP = Map.ofEntries(
            Map.entry("north america", "na"),
            Map.entry("europe", "eu"), Map.entry("western europe", "eu"), Map.entry("eastern europe", "eu"),
            Map.entry("central europe", "eu"), Map.entry("northern europe", "eu"), Map.entry("southern europe", "eu"),
            Map.entry("asia pacific", "apac"), Map.entry("asia", "apac"), Map.entry("apac", "apac"),
            Map.entry("east asia", "apac"), Map.entry("south asia", "apac"), Map.entry("asean", "apac"),
            Map.entry("latin america", "latam"), Map.entry("south america", "latam"),
            Map.entry("central america", "latam"),
            Map.entry("middle east", "mea"), Map.entry("africa", "mea"), Map.entry("middle east africa", "mea"),
            Map.entry("mea", "mea"), Map.entry("gcc", "mea"));

    private Regions() {
    }

    /** The region that the region words of a name give, in one spelling: {@code north america}; empty for none. */
    static String of(List<String> regionWords) {
        StringBuilder phrase = new StringBuilder();
        for (String word : regionWords) {
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(WORD.getOrDefault(word, word));
        }
        String written = phrase.toString();
        return PHRASE.getOrDefault(written, written);
    }

    /**
     * Whether two regions are distinct markets side by side: two continents of different groups, or two different
     * countries. No region (the global market), a country beside a continent and a region not known here are not:
     * one may hold the other.
     */
    static boolean siblings(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        // Two different countries of the M49 table region-membership ships (any of its spellings).
        if (Countries.isCountry(a) && Countries.isCountry(b)) {
            return true;
        }
        String groupA = MACRO_GROUP.get(a);
        String groupB = MACRO_GROUP.get(b);
        return groupA != null && groupB != null && !groupA.equals(groupB);
    }
}
