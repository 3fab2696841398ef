package org.reportlint.rules.mojibake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The answers worked out for every position at once must be those of reading the text from that position. */
class NearestWordsTest {

    /** The nearest word with an ASCII letter from {@code from} in direction {@code step}, read character by character. */
    private static Boolean byReading(String text, int from, int step) {
        int i = from;
        while (i >= 0 && i < text.length()) {
            while (i >= 0 && i < text.length() && !Character.isLetter(text.charAt(i))) {
                i += step;
            }
            boolean ascii = false;
            boolean capitals = true;
            for (; i >= 0 && i < text.length() && Character.isLetter(text.charAt(i)); i += step) {
                char c = text.charAt(i);
                capitals &= Character.isUpperCase(c);
                ascii |= c < 0x80;
            }
            if (ascii) {
                return capitals;
            }
        }
        return null;
    }

    @Test
    void agreesWithReadingFromEveryPosition() {
        String alphabet = "aAzZ \u00A0.\u00C3\u00C9\u00E9\u00A9\u20AC1";
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = text.toString();
            NearestWords words = new NearestWords(written);
            for (int from = -1; from <= written.length(); from++) {
                assertEquals(byReading(written, from, 1), words.capitalsAfter(from), written + " after " + from);
                assertEquals(byReading(written, from, -1), words.capitalsBefore(from), written + " before " + from);
            }
        }
    }
}
