package org.reportlint.rules.placeholder;

import java.util.Arrays;

/**
 * Positions where a pattern may start a match, collected by a cheap scan for the characters every match must hold
 * (a {@code $}, a {@code %}, two spaces) and handed to {@link AnchoredFind} in order. Positions outside the text are
 * ignored, so a caller can add "up to n characters before an anchor" without bounds checks.
 */
final class Starts {
    private final int length;
    private int[] positions = new int[8];
    private int size;

    /** @param length the length of the text the positions point into */
    Starts(int length) {
        this.length = length;
    }

    /** Every position of a text of {@code length} characters, as {@link java.util.regex.Matcher#find()} tries. */
    static Starts every(int length) {
        Starts starts = new Starts(length);
        starts.addRange(0, length);
        return starts;
    }

    void add(int position) {
        if (position < 0 || position >= length) {
            return;
        }
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
        }
        positions[size++] = position;
    }

    /** Adds every position in {@code [from, to)}. */
    void addRange(int from, int to) {
        for (int position = Math.max(0, from); position < to; position++) {
            add(position);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The positions in increasing order, each once. */
    int[] sorted() {
        int[] sorted = Arrays.copyOf(positions, size);
        Arrays.sort(sorted);
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }
}
