package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FillerMatcherTest {

    @Test
    void flagsFillerAndMarkers() {
        assertEquals(List.of("Lorem ipsum dolor sit amet", "TBD", "TBA", "TODO", "FIXME", "XXX"),
                Matches.of(new FillerMatcher(Set.of()),
                        "Lorem ipsum dolor sit amet. Price TBD, date TBA. TODO: FIXME later. Contact: XXX."));
    }

    @Test
    void keepsRomanNumeralsAfterNames() {
        assertEquals(List.of(), Matches.of(new FillerMatcher(Set.of()), "Super Bowl XXX and Louis XXX"));
    }

    @Test
    void skipsAcronymsTheDocumentDefines() {
        assertEquals(List.of(), Matches.of(new FillerMatcher(Set.of("TBA")), "TBA prices rose."));
    }

    @Test
    void findsAcronymDefinitionsEitherWay() {
        assertEquals(Set.of("TBA"), AcronymDefinitions.in("Tertiary Butyl Alcohol (TBA) is a solvent."));
        assertEquals(Set.of("TBA"), AcronymDefinitions.in("TBA (tert-butyl alcohol) is a solvent."));
        assertEquals(Set.of(), AcronymDefinitions.in("Release date (TBA) is open."));
    }
}
