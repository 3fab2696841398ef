package org.reportlint.rules.foreignmarketname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarketsTest {

    @Test
    void differentProductsAreForeignEvenWithMostWordsShared() {
        assertTrue(Markets.areForeign("widget coating market", "gadget sensor market"));
        assertTrue(Markets.areForeign("hand held medical retractor market", "hand held surgical retractor market"));
        assertTrue(Markets.areForeign("hand widget market", "power widget market"));
    }

    @Test
    void aPartOrAParentIsNotForeign() {
        assertFalse(Markets.areForeign("ev charging market", "ev market"));
        assertFalse(Markets.areForeign("ev market", "ev charging market"));
        assertFalse(Markets.areForeign("widget market", "smart widget market"));
        assertFalse(Markets.areForeign("north america widget market", "widget market"));
        assertFalse(Markets.areForeign("widget market", "europe widget market"));
    }

    @Test
    void theSameMarketWrittenAnotherWayIsNotForeign() {
        assertFalse(Markets.areForeign("widget coating market", "widget coatings market"));
        assertFalse(Markets.areForeign("surgery robotic market", "surgical robotics market"));
        assertFalse(Markets.areForeign("automotive driveshaft coupling market",
                "automotive drive shaft couplings market"));
        assertFalse(Markets.areForeign("north america widget market", "north american widget market"));
        assertFalse(Markets.areForeign("us widget market", "united states widget market"));
    }

    @Test
    void siblingRegionsOfOneProductAreForeignAndOverlappingOnesAreNot() {
        assertTrue(Markets.areForeign("north america widget market", "europe widget market"));
        assertTrue(Markets.areForeign("germany widget market", "france widget market"));
        assertTrue(Markets.areForeign("asia pacific widget market", "middle east africa widget market"));
        assertFalse(Markets.areForeign("europe widget market", "germany widget market"));
        assertFalse(Markets.areForeign("asia pacific widget market", "asia widget market"));
        assertFalse(Markets.areForeign("latin america widget market", "south america widget market"));
        assertFalse(Markets.areForeign("emea widget market", "europe widget market"), "not known: not a sibling");
    }

    @Test
    void anyTwoCountriesOfTheM49TableAreSiblings() {
        assertTrue(Regions.siblings("norway", "sweden"));
        assertTrue(Regions.siblings("chile", "peru"));
        assertTrue(Regions.siblings("us", "canada"));
        assertFalse(Regions.siblings("norway", "europe"), "a country beside a continent may be part of it");
        assertFalse(Regions.siblings("us", "us"));
        assertFalse(Regions.siblings("norway", "atlantis"), "not known: not a sibling");
    }

    @Test
    void theKeyIgnoresWordOrderPluralsAndRegionSpellings() {
        assertEquals(Markets.key("north american coating widgets market"),
                Markets.key("north america widget coating market"));
        assertNotEquals(Markets.key("europe widget coating market"), Markets.key("widget coating market"));
        assertNotEquals(Markets.key("gadget sensor market"), Markets.key("widget coating market"));
    }
}
