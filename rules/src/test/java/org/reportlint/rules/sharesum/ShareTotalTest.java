package org.reportlint.rules.sharesum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.facts.Facts;

class ShareTotalTest {

    private static ShareTotal total(String text, double tolerance) {
        List<Part> parts = Facts.of(DocumentParser.parse("total.txt", text)).figures().stream()
                .map(f -> new Part(f, "", "")).toList();
        return ShareTotal.of(parts, tolerance);
    }

    @Test
    void aSumOverTheSlackExceeds() {
        ShareTotal total = total("46%, 41% and 22%", 0.5);
        assertTrue(total.exceeds());
        assertEquals("Shares of 3 parts add up to 109% (46% + 41% + 22%), more than 100%", total.message());
    }

    @Test
    void roundingOfWholeNumbersIsSlack() {
        // 34% + 33% + 34% may be 33.5% + 33.0% + 33.5%.
        assertFalse(total("34%, 33% and 34%", 0.5).exceeds());
        assertTrue(total("34%, 33% and 36%", 0.5).exceeds());
    }

    @Test
    void theToleranceIsSlackForPreciseShares() {
        assertFalse(total("33.4%, 33.4% and 33.4%", 0.5).exceeds());
        assertFalse(total("41.5%, 36.5% and 22.5%", 0.5).exceeds());
        assertTrue(total("41.5%, 36.5% and 22.5%", 0).exceeds());
    }

    @Test
    void rangesCountWithTheirLowEnds() {
        ShareTotal total = total("45-60%, 30-40% and 10-15%", 0.5);
        assertFalse(total.exceeds());
        ShareTotal over = total("55-60%, 40-45% and 10-15%", 0.5);
        assertTrue(over.exceeds());
        assertEquals("Shares of 3 parts add up to at least 105% (55-60% + 40-45% + 10-15%), more than 100%",
                over.message());
    }
}
