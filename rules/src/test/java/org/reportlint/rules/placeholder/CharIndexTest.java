package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index must say where a character or literal occurs exactly as repeated {@link String#indexOf} does. */
class CharIndexTest {
    /** Few letters, so that literals occur often and overlap; and characters past ASCII, which share one group. */
    private static final String ALPHABET = "aabX x$%*_\u20AC\u00A3\u25CF\u2022\u00A0\n";
    private static final List<String> LITERALS = List.of("a", "aa", "aab", "ba", "X x", "  ", "$%", "\u20AC",
            "\u25CFa", "\u00A0\u00A0", "a\u2022", "x\n", "bX x$");

    private static int[] byIndexOf(String text, String literal) {
        int[] found = new int[text.length() + 1];
        int size = 0;
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            found[size++] = at;
        }
        return Arrays.copyOf(found, size);
    }

    @Test
    void findsWhatIndexOfFinds() {
        Random random = new Random(12);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String written = text.toString();
            CharIndex index = new CharIndex(written);
            assertEquals(written, index.text());
            assertEquals(written.length(), index.length());
            for (int i = 0; i < ALPHABET.length() + 1; i++) {
                char c = i < ALPHABET.length() ? ALPHABET.charAt(i) : '\u20B9';
                String literal = String.valueOf(c);
                assertArrayEquals(byIndexOf(written, literal), index.of(c), written + " / " + literal);
                assertEquals(written.indexOf(c) >= 0, index.contains(c), written + " / " + literal);
            }
            for (String literal : LITERALS) {
                assertArrayEquals(byIndexOf(written, literal), index.of(literal), written + " / " + literal);
                assertEquals(written.contains(literal), index.contains(literal), written + " / " + literal);
            }
            assertEquals(written.contains("aab") || written.contains("$%"), index.containsAny("aab", "$%"), written);
        }
    }

    /** The mask test by look-ups must agree with the loop over every character. */
    @Test
    void masksAsTheCharacterLoopSays() {
        String alphabet = "aXxN *_#?[\u25CF\u2022\u00E9-";
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = text.toString();
            assertEquals(MaskedNumberMatcher.mayHoldMask(written),
                    MaskedNumberMatcher.mayHoldMask(new CharIndex(written)), written);
        }
    }
}
