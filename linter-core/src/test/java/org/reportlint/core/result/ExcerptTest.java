package org.reportlint.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortLinesAreKeptWhole() {
        Excerpt excerpt = Excerpt.of("short line", 3, 5);
        assertEquals(new Excerpt("short line", 1, false, false), excerpt);
    }

    @Test
    void longLinesAreWindowedAroundTheFinding() {
        String line = "a".repeat(5000) + "$xxx" + "b".repeat(5000);
        Excerpt excerpt = Excerpt.of(line, 5001, 5005);
        assertEquals(Excerpt.MAX_WIDTH, excerpt.text().length());
        int at = 5001 - excerpt.firstColumn();
        assertEquals("$xxx", excerpt.text().substring(at, at + 4));
        assertTrue(excerpt.truncatedLeft());
        assertTrue(excerpt.truncatedRight());
    }

    @Test
    void windowAtTheStartOfALongLine() {
        Excerpt excerpt = Excerpt.of("x".repeat(1000), 1, 2);
        assertEquals(1, excerpt.firstColumn());
        assertFalse(excerpt.truncatedLeft());
        assertTrue(excerpt.truncatedRight());
    }

    @Test
    void aWindowNeverCutsASurrogatePairInHalf() {
        String emoji = "\uD83D\uDE00";
        for (int shift = 0; shift < 2; shift++) {
            String line = "a".repeat(shift) + emoji.repeat(500) + "$xxx" + emoji.repeat(500);
            int column = shift + 1001;
            Excerpt excerpt = Excerpt.of(line, column, column + 4);
            String text = excerpt.text();
            assertFalse(Character.isLowSurrogate(text.charAt(0)), "starts with half a pair, shift " + shift);
            assertFalse(Character.isHighSurrogate(text.charAt(text.length() - 1)), "ends with half a pair");
            assertTrue(text.length() <= Excerpt.MAX_WIDTH);
            int at = column - excerpt.firstColumn();
            assertEquals("$xxx", text.substring(at, at + 4));
        }
    }
}
