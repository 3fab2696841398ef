package org.reportlint.rules.duplicatereport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A signature is a stored value (shards, {@code --cache}) compared with signatures of other runs and versions, so the
 * faster ways it is computed must give exactly the values of the plain loops they replace.
 */
class MinHashSignatureTest {
    private static final int[] EDGES = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2, -1, 0, 1, 2,
        Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 0x40000000, -0x40000000};

    @Test
    void theMinimumWithoutAComparisonIsMathMin() {
        for (int a : EDGES) {
            for (int b : EDGES) {
                assertEquals(Math.min(a, b), MinHashSignature.min(a, b), a + ", " + b);
            }
        }
        Random random = new Random(3);
        for (int n = 0; n < 1_000_000; n++) {
            int a = random.nextInt();
            int b = n % 2 == 0 ? random.nextInt() : a + random.nextInt(5) - 2; // near a: the sign of a - b matters
            assertEquals(Math.min(a, b), MinHashSignature.min(a, b), a + ", " + b);
        }
    }

    @Test
    void loweringIsTheCompareAndStoreLoop() {
        Random random = new Random(11);
        int[] expected = new int[MinHashSignature.SIZE];
        int[] actual = new int[MinHashSignature.SIZE];
        Arrays.fill(expected, Integer.MAX_VALUE);
        Arrays.fill(actual, Integer.MAX_VALUE);
        for (int n = 0; n < 20_000; n++) {
            int value = random.nextInt();
            int step = random.nextInt() | 1;
            for (int k = 0; k < expected.length; k++) {
                if (value < expected[k]) {
                    expected[k] = value;
                }
                value += step;
            }
            MinHashSignature.lower(actual, value - MinHashSignature.SIZE * step, step);
            assertArrayEquals(expected, actual, "after shingle " + n);
        }
    }

    @Test
    void theSignatureOfATextIsTheOneEarlierVersionsComputed() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Word").append(i % 37).append(i % 3 == 0 ? ", \u00dcn\u00efcode \u00c9T\u00c9 " : " ")
                    .append(i * 7919 % 1000).append(' ');
        }
        long[] words = ProseWords.of(text.toString());
        int[] signature = MinHashSignature.of(words);
        // Computed by version 1.0.0-SNAPSHOT at de6146e, before the loops were rewritten for speed.
        assertEquals(1068, words.length);
        assertEquals(1346974125, Arrays.hashCode(words));
        assertEquals(2004001674, Arrays.hashCode(signature));
        assertEquals(-2146772314, signature[0]);
        assertEquals(-2144092330, signature[MinHashSignature.SIZE - 1]);
        assertEquals("e1dbfb000e6308e5b340a07aa14f42b0", MinHashSignature.digest(words));
    }

    @Test
    void theDigestIsWrittenAsFormatWritesIt() {
        Random random = new Random(5);
        long[] values = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xf, 0x10, 0xfffffffffL};
        for (long value : values) {
            assertEquals(String.format(Locale.ROOT, "%016x", value), MinHashSignature.hex16(value));
        }
        for (int n = 0; n < 100_000; n++) {
            long value = random.nextLong() >>> random.nextInt(64);
            assertEquals(String.format(Locale.ROOT, "%016x", value), MinHashSignature.hex16(value));
        }
    }
}
