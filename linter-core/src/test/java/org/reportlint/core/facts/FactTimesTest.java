package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;

/** Which facts a thread computed is what {@code --stats} charges to "shared facts" instead of the asking rule. */
class FactTimesTest {
    private static final String TEXT = "The widget market was valued at USD 4.2 billion in 2023 and is expected to grow"
            + " at a CAGR of 6.1% during 2024-2030.";

    @BeforeEach
    void startClean() {
        FactTimes.drain();
    }

    @Test
    void aFactAndTheFactsItNeedsAreChargedToTheirOwnKinds() {
        Document document = DocumentParser.parse("a.txt", TEXT);
        Facts.of(document).figures();
        Map<FactKind, Long> spent = FactTimes.drain();
        assertEquals(Set.of(FactKind.SENTENCES, FactKind.YEAR_RANGES, FactKind.FIGURES), spent.keySet());
        assertTrue(FactTimes.total(spent) >= 0);
    }

    @Test
    void factsAlreadyComputedCostNothingToTheNextReader() {
        Facts facts = Facts.of(DocumentParser.parse("a.txt", TEXT));
        facts.cagrStatements();
        facts.figures();
        facts.sentences();
        assertTrue(FactTimes.drain().containsKey(FactKind.CAGR_STATEMENTS));
        facts.cagrStatements();
        facts.figures();
        facts.sentences();
        assertEquals(Map.of(), FactTimes.drain());
    }

    @Test
    void drainingStartsAgainFromZero() {
        Facts.of(DocumentParser.parse("a.txt", TEXT)).yearRanges();
        assertTrue(FactTimes.drain().containsKey(FactKind.YEAR_RANGES));
        assertEquals(Map.of(), FactTimes.drain());
    }

    @Test
    void nestedFactsAreNotCountedTwice() {
        long outer = System.nanoTime();
        FactTimes.time(FactKind.FIGURES, () -> FactTimes.time(FactKind.YEAR_RANGES, () -> "inner"));
        long whole = System.nanoTime() - outer;
        Map<FactKind, Long> spent = FactTimes.drain();
        assertEquals(Set.of(FactKind.FIGURES, FactKind.YEAR_RANGES), spent.keySet());
        // The outer kind's time leaves out the inner one's, so the kinds add up to no more than the whole.
        assertTrue(FactTimes.total(spent) <= whole, spent + " > " + whole);
    }
}
