package org.reportlint.rules.generatorleftover;

import java.util.Collection;

/**
 * The first few characters of every needle, as a set of ASCII keys: a word start whose next characters, folded,
 * begin no needle needs no walk down the {@link NeedleIndex} trie, and that is nearly every word start. As many
 * characters are compared as the shortest needle has, at most four. Where one of them is not ASCII, or the text
 * ends first, the set does not know and says "walk".
 */
final class NeedlePrefixes {
    private static final int ASCII = 128;
    private static final int MAX_LENGTH = 4;
    private static final int EMPTY = -1;

    /** How many characters a key holds; below two, the set says "walk" to everything. */
    private final int length;
    /** The keys, seven bits a character, by open addressing. */
    private final int[] table;
    /** Whether a needle starts with this ASCII character. */
    private final boolean[] first = new boolean[ASCII];

    NeedlePrefixes(Collection<String> needles) {
        int shortest = needles.stream().mapToInt(String::length).min().orElse(0);
        this.length = Math.min(MAX_LENGTH, shortest);
        this.table = new int[Integer.highestOneBit(Math.max(needles.size(), 1) * 4) * 2];
        java.util.Arrays.fill(table, EMPTY);
        for (String needle : needles) {
            if (!needle.isEmpty() && needle.charAt(0) < ASCII) {
                first[needle.charAt(0)] = true;
            }
            int key = 0;
            boolean ascii = true;
            for (int i = 0; i < length; i++) {
                char c = needle.charAt(i);
                ascii &= c < ASCII;
                key = key << 7 | (c & 0x7F);
            }
            // A needle that is not ASCII there is walked to whenever the text is not ASCII there either.
            if (ascii && length >= 2) {
                add(key);
            }
        }
    }

    private void add(int key) {
        int slot = slot(key);
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & (table.length - 1);
        }
        table[slot] = key;
    }

    private boolean contains(int key) {
        for (int slot = slot(key); table[slot] != EMPTY; slot = (slot + 1) & (table.length - 1)) {
            if (table[slot] == key) {
                return true;
            }
        }
        return false;
    }

    private int slot(int key) {
        return (key * 0x9E3779B1 >>> 16) & (table.length - 1);
    }

    /**
     * Whether a needle may start with {@code first}, a folded character, followed by the folded text from
     * {@code next} on, read as {@link NeedleIndex} reads it: false only when no needle does.
     */
    boolean mayStart(String text, char first, int next) {
        if (first >= ASCII) {
            return true;
        }
        if (!this.first[first]) {
            return false;
        }
        if (length < 2) {
            return true;
        }
        int key = first;
        int at = next;
        for (int k = 1; k < length; k++) {
            if (at >= text.length()) {
                return true;
            }
            char c = text.charAt(at);
            char folded;
            if (LeftoverFinder.isSpace(c)) {
                folded = ' ';
                at = NeedleIndex.afterSpaces(text, at);
            } else {
                folded = LeftoverFinder.foldChar(c);
                at++;
            }
            if (folded >= ASCII) {
                return true;
            }
            key = key << 7 | folded;
        }
        return contains(key);
    }
}
