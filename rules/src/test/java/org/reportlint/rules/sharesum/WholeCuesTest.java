package org.reportlint.rules.sharesum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WholeCuesTest {

    @Test
    void shareWords() {
        assertTrue(WholeCues.saysShare("Revenue share by region"));
        assertTrue(WholeCues.saysShare("Asia Pacific accounted for 29%"));
        assertTrue(WholeCues.saysShare("29% of the global market"));
        assertFalse(WholeCues.saysShare("Regional analysis"));
    }

    @Test
    void surveysSubPartsMeasuresAndDimensions() {
        assertTrue(WholeCues.isSurvey("61% of buyers cite cost"));
        assertTrue(WholeCues.hasSubPart("Asia Pacific 40%, of which China 25%"));
        assertFalse(WholeCues.hasSubPart("North America 40%, followed by Europe at 30%"));
        assertTrue(WholeCues.mixesMeasures("62% of revenue and 55% of volume"));
        assertFalse(WholeCues.mixesMeasures("62% of revenue and 55% of sales"));
        assertTrue(WholeCues.mixesDimensions("led the type segment ... the largest application"));
        assertFalse(WholeCues.mixesDimensions("Share by region\nNorth America: 38%\nregional makers"));
    }

    @Test
    void singleYearsNotRanges() {
        assertEquals(Set.of("2023", "2030"), WholeCues.years("58% in 2023 and 64% in 2030"));
        assertEquals(Set.of(), WholeCues.years("over the forecast period 2024-2030"));
        assertEquals(Set.of("2024"), WholeCues.years("share in 2024, forecast 2025\u20132031"));
    }

    @Test
    void totalLabels() {
        assertTrue(WholeCues.isTotalLabel("Total"));
        assertTrue(WholeCues.isTotalLabel("Top two combined"));
        assertTrue(WholeCues.isTotalLabel("Global"));
        assertFalse(WholeCues.isTotalLabel("Rest of the World"));
        assertFalse(WholeCues.isTotalLabel("Totally new widgets"));
    }

    @Test
    void wholeAfterAShare() {
        String text = "held 46% of the global market, 22% of revenue, 30% of unit volume, 12% of European exports, "
                + "9% of its sales";
        assertEquals("market", WholeCues.wholeAfter(text, text.indexOf("46%") + 3));
        assertEquals("market", WholeCues.wholeAfter(text, text.indexOf("22%") + 3));
        assertEquals("unit volume", WholeCues.wholeAfter(text, text.indexOf("30%") + 3));
        assertEquals("european exports", WholeCues.wholeAfter(text, text.indexOf("12%") + 3));
        assertEquals("other: its sales", WholeCues.wholeAfter(text, text.indexOf("9%") + 2));
        assertEquals("", WholeCues.wholeAfter("Europe 31%, Asia 29%", 10));
    }
}
