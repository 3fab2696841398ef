package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slot names left in brackets of any kind and casing. */
class TemplateSyntaxBracketedSlotTest {
    private final BracketedSlotMatcher matcher = new BracketedSlotMatcher();

    @Test
    void flagsSlotsInEveryBracket() {
        assertEquals(List.of("<Market Name>", "[CAGR]", "$[value]", "<<name>>", "{Company}", "[MARKET_SIZE]",
                        "{marketSize}", "[cagr]%"),
                Matches.of(matcher, "<Market Name> grew at [CAGR] to $[value], said <<name>> of {Company}; "
                        + "[MARKET_SIZE] and {marketSize} at [cagr]%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]", "[12]", "[citation needed]", "[the company]", "[sic]", "<5%", "<= 10",
            "<name@example.com>", "[Company Name](https://example.com)", "[Name]: https://example.com",
            "[Market Name][ref]", "{Introduction}", "[full report]", "x^{2}", "[Europe]", "[[name]]"})
    void ignoresCitationsLinksAndComparisons(String text) {
        assertEquals(List.of(), Matches.of(matcher, text));
    }

    @Test
    void slotWordsNeedAHeadOrOneEntity() {
        assertTrue(SlotWords.isSlot("Market Name"));
        assertTrue(SlotWords.isSlot("company"));
        assertTrue(SlotWords.isSlot("report_title"));
        assertTrue(SlotWords.isSlot("analyst name"));
        assertFalse(SlotWords.isSlot("Key Players"));
        assertFalse(SlotWords.isSlot("the name"));
        assertFalse(SlotWords.isSlot("citation needed"));
        assertFalse(SlotWords.isSlot("market size of the five largest regions"));
    }
}
