package org.reportlint.rules.duplicatereport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

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
    private static final long[] SEEDS = seeds();

    private MinHashSignature() {
    }

    /** The signature of the shingles of {@code words}; needs at least {@link #SHINGLE_WORDS} words. */
    static int[] of(List<String> words) {
        if (words.size() < SHINGLE_WORDS) {
            throw new IllegalArgumentException("a signature needs at least " + SHINGLE_WORDS + " words");
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = fnv1a(words.get(i));
        }
        long[] minimum = new long[SIZE];
        Arrays.fill(minimum, Long.MAX_VALUE);
        for (int start = 0; start + SHINGLE_WORDS <= wordHashes.length; start++) {
            long shingle = 0;
            for (int j = 0; j < SHINGLE_WORDS; j++) {
                shingle = mix(shingle ^ wordHashes[start + j]);
            }
            for (int k = 0; k < SIZE; k++) {
                long value = mix(shingle ^ SEEDS[k]);
                if (value < minimum[k]) {
                    minimum[k] = value;
                }
            }
        }
        int[] signature = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            signature[k] = (int) (minimum[k] >>> 32);
        }
        return signature;
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

    /** A digest of the words themselves, equal exactly when the normalised texts are equal. */
    static String digest(List<String> words) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String word : words) {
                sha.update(word.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) ' ');
            }
            // 128 bits: two different texts of a run share a digest with negligible probability.
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static long fnv1a(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The finaliser of SplitMix64: a fixed bijection of longs that spreads every input bit over the output. */
    private static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5eed_d0c5_0f_1dL;
        for (int k = 0; k < SIZE; k++) {
            state = mix(state);
            seeds[k] = state;
        }
        return seeds;
    }
}
