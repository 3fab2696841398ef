package org.reportlint.rules.foreignmarketname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphFingerprintTest {

    private static long slotted(String text, String... names) {
        List<ParagraphFingerprint.Slot> slots = new java.util.ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            slots.add(new ParagraphFingerprint.Slot(at, at + name.length()));
        }
        slots.sort(java.util.Comparator.comparingInt(ParagraphFingerprint.Slot::start));
        return ParagraphFingerprint.of(text, slots);
    }

    @Test
    void oneTemplateForTwoMarketsHasOneFingerprint() {
        assertEquals(slotted("The widget market grew 5% in 2023.", "widget market"),
                slotted("The Gadget Sensor Market grew 5% in 2023.", "Gadget Sensor Market"));
    }

    @Test
    void caseSpacingAndPunctuationAreNotCompared() {
        assertEquals(ParagraphFingerprint.of("Demand rose, and prices fell.", List.of()),
                ParagraphFingerprint.of("demand  rose\nand prices fell", List.of()));
    }

    @Test
    void aWordANumberOrTheirOrderChangedIsAnotherParagraph() {
        long original = ParagraphFingerprint.of("Demand rose by 5% in 2023.", List.of());
        assertNotEquals(original, ParagraphFingerprint.of("Demand rose by 6% in 2023.", List.of()));
        assertNotEquals(original, ParagraphFingerprint.of("Demand fell by 5% in 2023.", List.of()));
        assertNotEquals(original, ParagraphFingerprint.of("Demand rose in 2023 by 5%.", List.of()));
        assertNotEquals(ParagraphFingerprint.of("ab c", List.of()), ParagraphFingerprint.of("a bc", List.of()));
    }

    @Test
    void aSlotIsNotTheWordsItReplaces() {
        assertNotEquals(slotted("The widget market grew.", "widget market"),
                ParagraphFingerprint.of("The widget market grew.", List.of()));
        assertNotEquals(slotted("The widget market grew.", "widget market"),
                ParagraphFingerprint.of("The grew.", List.of()));
    }

    @Test
    void wordsAreWhatIsBetweenSpacesWithALetterOrDigit() {
        assertEquals(7, ParagraphFingerprint.words("The market's size, in 2023: USD 4.2"));
        assertEquals(2, ParagraphFingerprint.words("one\u00a0two -- & "));
    }
}
