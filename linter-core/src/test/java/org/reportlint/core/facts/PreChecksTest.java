package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that let a pattern be skipped must hold wherever the pattern matches: a wrong one would lose a
 * figure or a related-reports section. Each is tried on random texts built from pieces the pattern knows.
 */
class PreChecksTest {
    /** Up to {@code most} of {@code pieces}, drawn at random: texts a pre-check and its pattern are compared on. */
    static String random(Random random, String[] pieces, int most) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void aCurrencyBeforeANumberEndsWithOneOfItsLastCharacters() {
        String[] pieces = {"US$", "USD", "U.S. $", "HK$", "Rs.", "Rs", "RMB", "EUR", "KRW", "MXN", "CHF", "BRL",
            "GBP", "JPY", "\u20ac", "\u00a3", "\u20b9", "\u00a5", "\u20a9", "$", " ", "\u00a0", "\n", "\r\n",
            "\u2028", "\u0085", "of", "at", "a", "x", "D", "s", "."};
        Random random = new Random(5);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            String lead = random(random, pieces, 5);
            if (FigureScanner.CURRENCY_BEFORE.matcher(lead).find()) {
                matched++;
                assertTrue(FigureScanner.mayEndWithCurrency(lead), lead);
            }
        }
        assertTrue(matched > 1_000, "the pieces make the pattern match often enough to test: " + matched);
    }

    @Test
    void aRelatedReportsLabelOpensWithOneOfItsFirstLetters() {
        String[] pieces = {"Related", "related", "REPORTS", " reports", " Reports", "See", " also", "You", " may",
            " also", "like", "Other", " markets", "Browse", " our", " the", "latest", " studies", "More", " news",
            "People", " who", "Further", " reading", " ", "\u00a0", "\n", "**", "#", "- ", ":", "\u2022", "\u00e9",
            "Explore", " more", "x", "1", "_"};
        Random random = new Random(8);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            String text = random(random, pieces, 5);
            if (PartFinder.RELATED.matcher(text).lookingAt()) {
                matched++;
                assertTrue(PartFinder.mayBeRelated(text), text);
            }
        }
        assertTrue(matched > 500, "the pieces make the pattern match often enough to test: " + matched);
    }
}
