package org.reportlint.rules.mojibake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Texts full of mojibake: the work of a scan (characters stepped over, misread characters judged, characters read to
 * find the nearest word in capitals) must grow linearly with the text, counted rather than timed.
 */
class DamageScannerLinearityTest {

    private static long work(String unit, int times) {
        return DamageScanner.scanned(unit.repeat(times), true).work();
    }

    private static void assertLinear(String unit, int times) {
        long small = work(unit, times);
        long large = work(unit, 2 * times);
        assertTrue(large < 2.5 * small, "work went from " + small + " to " + large + " when the input doubled");
    }

    @Test
    void halfAMillionApostrophesAreScannedLinearly() {
        assertLinear("market\u00E2\u20AC\u2122s ", 250_000);
        assertEquals(500_000, DamageScanner.scan("market\u00E2\u20AC\u2122s ".repeat(500_000), true).size());
    }

    /**
     * Lone misread characters after a capital, with no word of ASCII letters anywhere after them: each one asks for
     * the nearest such word, which once meant reading the rest of the text for every one of them.
     */
    @Test
    void loneCharactersWithoutAnAsciiWordAfterThemAreJudgedLinearly() {
        assertLinear("\u00C9\u00C3\u00A0", 50_000);
        assertLinear("X\u00C3\u00A0\u00C9\u00C9 ", 50_000);
    }

    @Test
    void doubleEncodedAndMixedDamageIsScannedLinearly() {
        assertLinear("\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2 ", 50_000);
        assertLinear("\u00EF\u00BB\u00BF \u00C2\u00A0 \u00E2\u20AC \uFFFD ", 50_000);
    }
}
