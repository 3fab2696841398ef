package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    private final PlaceNames places = PlaceNames.load();

    @Test
    void completesAPlaceNameSplitAtAnyWord() {
        assertTrue(places.completes("Saudi", "Arabia"));
        assertTrue(places.completes("united arab", "EMIRATES"));
        assertTrue(places.completes("United", "Arab Emirates"));
        assertTrue(places.completes("Hong\u00A0", " Kong"));
    }

    @Test
    void needsBothEntriesToBeExactlyTheName() {
        assertFalse(places.completes("South", "France"));
        assertFalse(places.completes("Middle East", "Africa"));
        assertFalse(places.completes("Kingdom of Saudi", "Arabia"));
        assertFalse(places.completes("Saudi Arabia", ""));
    }

    @Test
    void readsWordListsWithCommentsAndBlankLines() {
        assertTrue(PlaceNames.of(WordList.parse(List.of("# comment", "", "  Costa Rica  # inline", "")))
                .completes("Costa", "Rica"));
        assertTrue(WordList.parse(List.of("#", "   ")).isEmpty());
    }
}
