package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportlint.core.document.DocumentParser;

class BoundsTest {

    private static Bounds rate(String sentence) {
        CagrStatement statement = Facts.of(DocumentParser.parse("b.txt", sentence)).cagrStatements().get(0);
        return statement.bounds();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It grows at a CAGR of 15%.                 | 14.5  | 15.5",
        "It grows at a CAGR of 14.6%.               | 14.55 | 14.65",
        "It grows at a CAGR of around 5%.           | 4.5   | 5.5",
        "It grows at a CAGR of around 20%.          | 19    | 21",
        "It grows at a CAGR of over 10%.            | 10    | 11",
        "It grows at a CAGR of over 40%.            | 40    | 44",
        "It grows at a CAGR of nearly 8%.           | 7     | 8",
        "It grows at a CAGR of 5-7%.                | 4.5   | 7.5",
        "It is expected to decline at a CAGR of 3%. | -3.5  | -2.5",
        "It will fall at a CAGR of -3%.             | -3.5  | -2.5",
    })
    void readsAsAReaderWould(String sentence, double low, double high) {
        Bounds bounds = rate(sentence);
        assertEquals(low, bounds.low(), 1e-9);
        assertEquals(high, bounds.high(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It grows at a CAGR of at least 4%. | 4",
        "It grows at a CAGR of up to 4%.    | 4",
    })
    void openEndedQualifiersHaveOneBound(String sentence, double bound) {
        Bounds bounds = rate(sentence);
        assertEquals(Double.POSITIVE_INFINITY, bounds.halfWidth());
        assertEquals(bound, bounds.middle(), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void meetingAndGap() {
        Bounds five = new Bounds(4.5, 5.5);
        assertTrue(five.meets(new Bounds(5.5, 6.5)));
        assertFalse(five.meets(new Bounds(5.55, 5.65)));
        assertEquals(0.05, five.gap(new Bounds(5.55, 5.65)), 1e-9);
        assertEquals(0, five.gap(new Bounds(5, 6)));
    }

    @org.junit.jupiter.api.Test
    void moneyIsInCurrencyUnits() {
        MarketSize size = Facts.of(DocumentParser.parse("m.txt", "The market was valued at USD 1.4 billion in 2023."))
                .marketSizes().get(0);
        assertEquals(1.35e9, size.bounds().low(), 1);
        assertEquals(1.45e9, size.bounds().high(), 1);
    }
}
