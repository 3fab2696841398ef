package org.reportlint.rules.duplicatereport;

import java.util.Arrays;

/**
 * A fixed-size summary of a text from which the similarity of two texts can be estimated without either text: the
 * min-hash signature of the text's word shingles (every run of {@link #SHINGLE_WORDS} consecutive words). For each
 * of {@link #SIZE} hash functions it keeps the smallest hash over all shingles; two texts agree on a position with
 * probability equal to the Jaccard similarity of their shingle sets, so the share of agreeing positions estimates it
 * (standard error {@code sqrt(J(1-J)/SIZE)}: 0.019 at 0.9).
 *
 * <p>Hashes are computed by a fixed function of the words, never by {@code String.hashCode} of a JVM or a random seed,
 * so a shard and the merge of a split run compute the same signature.
 */
final class MinHashSignature {
    /** Words per shingle: long enough that shared short phrases ("of the market") do not make texts similar. */
    static final int SHINGLE_WORDS = 5;
    /**
     * Hash functions, and so ints kept per document (1 KiB): enough that a pair at 0.8 is estimated at 0.9 or more
     * about once in 30,000 pairs, where 128 would do it once in 400.
     */
    static final int SIZE = 256;
    /** Fixed, so that every run and every shard hashes alike. */
    private static final long SEED = 0x5eedd0c50f1dL;
    /** 0, 1, ... SIZE - 1: {@code value + K[k] * step} is a loop the JIT vectorises, {@code value + k * step} not. */
    private static final int[] K = new int[SIZE];

    static {
        for (int k = 0; k < SIZE; k++) {
            K[k] = k;
        }
    }

    private MinHashSignature() {
    }

    /** The signature of the shingles of {@code words} (word hashes); needs at least {@link #SHINGLE_WORDS} words. */
    static int[] of(long[] words) {
        if (words.length < SHINGLE_WORDS) {
            throw new IllegalArgumentException("a signature needs at least " + SHINGLE_WORDS + " words");
        }
        int[] minimum = new int[SIZE];
        Arrays.fill(minimum, Integer.MAX_VALUE);
        for (int start = 0; start + SHINGLE_WORDS <= words.length; start++) {
            long shingle = SEED;
            for (int j = 0; j < SHINGLE_WORDS; j++) {
                shingle = mix(shingle ^ words[start + j]);
            }
            // The k-th hash of a shingle is h1 + k * h2 in 32 bits (double hashing): for each k the values of distinct
            // shingles are still independent and uniform.
            lower(minimum, (int) (shingle >>> 32), (int) shingle | 1);
        }
        return minimum;
    }

    /**
     * Lowers each {@code minimum[k]} to {@code value + k * step} (32-bit) where that is smaller, as signed ints.
     *
     * <p>This is the inner loop of a signature, run for every shingle. HotSpot 17 does not vectorise {@code Math.min}
     * or a compare-and-store over ints, but does vectorise subtraction, the bitwise operations and shifts, so the
     * minimum is written with those: the same result as {@code Math.min}, about three times as fast.
     */
    static void lower(int[] minimum, int value, int step) {
        for (int k = 0; k < SIZE; k++) {
            minimum[k] = min(minimum[k], value + K[k] * step);
        }
    }

    /**
     * {@code Math.min(a, b)} without a comparison: {@code a - b} has its sign bit set when {@code a < b}, unless the
     * subtraction overflows (a and b of opposite signs), when the sign of {@code a} tells (Hacker's Delight 2-12).
     */
    static int min(int a, int b) {
        int difference = a - b;
        int aLess = (difference ^ ((a ^ b) & (difference ^ a))) >> 31; // all ones when a < b, else zero
        return b ^ ((a ^ b) & aLess);
    }

    /** The estimated Jaccard similarity of the shingles of two texts: the share of positions their signatures share. */
    static double similarity(int[] one, int[] other) {
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (one[k] == other[k]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /**
     * A digest of the words themselves, equal exactly when the normalised texts are equal: two 64-bit chains over
     * the word hashes, so two different texts of a run share one with negligible probability.
     */
    static String digest(long[] words) {
        long first = words.length;
        long second = ~first;
        for (long word : words) {
            first = mix(first ^ word);
            second = mix(second + word * 0x9e3779b97f4a7c15L);
        }
        return hex16(first) + hex16(second);
    }

    /** {@code String.format("%016x", value)}: 16 lower-case hex digits, two's complement; without a Formatter. */
    static String hex16(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }

    /** The finaliser of SplitMix64: a fixed bijection of longs that spreads every input bit over the output. */
    private static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
