package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static String sentenceAt(String text, String word) {
        SentenceSplitter sentences = SentenceSplitter.of(text, i -> true);
        int at = text.indexOf(word);
        return text.substring(sentences.startOf(at), sentences.endOf(at)).trim();
    }

    @Test
    void splitsAtSentenceEnds() {
        String text = "Prices fell in 2022. Demand recovered! Will it last? Yes.";
        assertEquals("Demand recovered!", sentenceAt(text, "Demand"));
        assertEquals("Will it last?", sentenceAt(text, "Will"));
    }

    @Test
    void keepsAbbreviationsInitialsAndDecimalsInside() {
        String text = "The U.S. market grew 14.6% at Acme Inc. and Beta Co. last year, e.g. in Ohio. Next.";
        assertEquals("The U.S. market grew 14.6% at Acme Inc. and Beta Co. last year, e.g. in Ohio.",
                sentenceAt(text, "Ohio"));
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertEquals("It rose approx. three times.", sentenceAt("It rose approx. three times.", "three"));
        assertEquals("Sizes vary, i.e. small to large.", sentenceAt("Sizes vary, i.e. small to large.", "large"));
    }

    @Test
    void lineBreaksAndBulletsEndSentences() {
        assertEquals("CAGR (2017-2023)", sentenceAt("6.9 %\nCAGR (2017-2023)\n17 %", "CAGR"));
        assertEquals("\u2022 CAGR: 6.3%", sentenceAt("Size: USD 7 million \u2022 CAGR: 6.3% \u2022 Region", "CAGR"));
        SentenceSplitter wrapped = SentenceSplitter.of("a\nb", i -> false);
        assertEquals(0, wrapped.startOf(2));
    }
}
