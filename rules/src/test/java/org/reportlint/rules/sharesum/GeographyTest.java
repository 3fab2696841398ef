package org.reportlint.rules.sharesum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeographyTest {

    @Test
    void aRegionBesideACountryMixesLevels() {
        assertTrue(Geography.mixesLevels("Asia Pacific 45%, China 30%, Europe 35%"));
        assertTrue(Geography.mixesLevels("The U.S. holds 35% while Europe holds 25%"));
        assertTrue(Geography.mixesLevels("North America 30%, US 25%"));
    }

    @Test
    void oneLevelDoesNot() {
        assertFalse(Geography.mixesLevels("North America 38%, Europe 31%, Asia Pacific 29%, Rest of the World 9%"));
        assertFalse(Geography.mixesLevels("Germany 30%, France 25%, Italy 20%"));
        // South Africa and South Korea are countries, not a region starting with "South".
        assertFalse(Geography.mixesLevels("South Africa 40%, South Korea 35%, Brazil 30%"));
        assertFalse(Geography.mixesLevels("Let us look at Europe and Asia"));
    }

    @Test
    void placesBesideOtherParts() {
        assertTrue(Geography.mixesPlacesWithOtherParts(List.of("Asia Pacific", "Hand widgets")));
        assertFalse(Geography.mixesPlacesWithOtherParts(List.of("North America", "Europe", "Rest of the World")));
        assertFalse(Geography.mixesPlacesWithOtherParts(List.of("Hand widgets", "Power widgets", "Others")));
        assertFalse(Geography.mixesPlacesWithOtherParts(List.of("Germany", "France", "Others", "")));
    }
}
