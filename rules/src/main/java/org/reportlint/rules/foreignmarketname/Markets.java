package org.reportlint.rules.foreignmarketname;

import java.util.Set;
import java.util.TreeSet;
import org.reportlint.core.facts.MarketPhrases;

/**
 * Which market a name is, and whether a name in one report is another report's market rather than the report's own
 * or a part or a parent of it.
 */
final class Markets {

    private Markets() {
    }

    /**
     * The identity of a market name: its region and the stems of its core words, in any order, so that "North
     * American widget coatings market" and "north america coating widget market" are one market and "Europe widget
     * market" another. A paragraph is matched with the report whose market has its name's key.
     */
    static String key(String name) {
        return region(name) + "|" + String.join(" ", new TreeSet<>(MarketPhrases.coreStems(name)));
    }

    /**
     * Whether {@code other} names a market beside the report's {@code own}, not the same one, a part of it or a
     * market it is part of. Each must have a core word the other lacks ("hand held widget" and "hand held gadget");
     * when one's core words are all in the other it is a parent or a part ("EV market" and "EV charging market",
     * "widget market" and "smart widget market"). Names of one product ("drive shaft" is "driveshaft") are different
     * markets only in sibling regions (Europe and North America), never the global market beside a regional one.
     */
    static boolean areForeign(String own, String other) {
        Set<String> ownStems = MarketPhrases.coreStems(own);
        Set<String> otherStems = MarketPhrases.coreStems(other);
        if (ownStems.equals(otherStems) || joined(own).equals(joined(other))) {
            return Regions.siblings(region(own), region(other));
        }
        return !ownStems.containsAll(otherStems) && !otherStems.containsAll(ownStems);
    }

    private static String joined(String name) {
        return String.join("", MarketPhrases.coreWords(name));
    }

    private static String region(String name) {
        return Regions.of(MarketPhrases.regionWords(name));
    }
}
