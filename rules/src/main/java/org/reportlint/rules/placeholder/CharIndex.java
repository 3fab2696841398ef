package org.reportlint.rules.placeholder;

import java.util.Arrays;

/**
 * Where each character of one text occurs, from one pass over it, so that the matchers' anchor scans read a short
 * list of positions instead of each running {@link String#indexOf} over the whole text: the rule looks for some
 * hundred needles per text, and most of them occur nowhere or a few times.
 *
 * <p>The positions are grouped by character (a counting sort): one group per ASCII character and one for all
 * others, each in increasing order. A literal is looked up at the positions of its rarest character in this text.
 * Immutable once built; meant for one text on one thread.
 */
final class CharIndex {
    /** The group of every character at or above this one. */
    private static final int OTHER = 128;

    private final String text;
    private final char[] chars;
    /** Positions grouped by character; group {@code g} is {@code [groupStart[g], groupStart[g + 1])}. */
    private final int[] positions;
    private final int[] groupStart = new int[OTHER + 3];

    CharIndex(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        for (char c : chars) {
            groupStart[group(c) + 2]++;
        }
        for (int g = 2; g < groupStart.length; g++) {
            groupStart[g] += groupStart[g - 1];
        }
        // groupStart[g + 1] now counts the characters of groups below g: the next free slot of group g.
        positions = new int[chars.length];
        for (int i = 0; i < chars.length; i++) {
            positions[groupStart[group(chars[i]) + 1]++] = i;
        }
    }

    private static int group(char c) {
        return c < OTHER ? c : OTHER;
    }

    String text() {
        return text;
    }

    int length() {
        return chars.length;
    }

    char charAt(int index) {
        return chars[index];
    }

    /** Whether {@code c} occurs in the text. */
    boolean contains(char c) {
        return c < OTHER ? groupStart[c + 1] > groupStart[c] : of(c).length > 0;
    }

    /** Where {@code c} occurs, in increasing order. */
    int[] of(char c) {
        int g = group(c);
        int from = groupStart[g];
        int to = groupStart[g + 1];
        if (c < OTHER) {
            return Arrays.copyOfRange(positions, from, to);
        }
        int[] found = new int[to - from];
        int size = 0;
        for (int i = from; i < to; i++) {
            if (chars[positions[i]] == c) {
                found[size++] = positions[i];
            }
        }
        return Arrays.copyOf(found, size);
    }

    /** Where {@code literal} occurs, overlapping occurrences included, in increasing order, as repeated indexOf. */
    int[] of(String literal) {
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("empty literal");
        }
        int key = rarestChar(literal);
        int[] keyAt = of(literal.charAt(key));
        int size = 0;
        for (int at : keyAt) {
            int start = at - key;
            if (start >= 0 && text.startsWith(literal, start)) {
                keyAt[size++] = start;
            }
        }
        return Arrays.copyOf(keyAt, size);
    }

    /** Whether {@code literal} occurs in the text, as {@link String#contains} says. */
    boolean contains(String literal) {
        return of(literal).length > 0;
    }

    /** Whether any of {@code literals} occurs in the text. */
    boolean containsAny(String... literals) {
        for (String literal : literals) {
            if (contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The index in {@code literal} of the character that occurs least often in the text. */
    private int rarestChar(String literal) {
        int best = 0;
        int bestCount = Integer.MAX_VALUE;
        for (int i = 0; i < literal.length(); i++) {
            int g = group(literal.charAt(i));
            int count = groupStart[g + 1] - groupStart[g];
            if (count < bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }
}
