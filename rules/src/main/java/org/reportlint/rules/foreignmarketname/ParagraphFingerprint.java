package org.reportlint.rules.foreignmarketname;

import java.util.List;
import org.reportlint.rules.text.WordChars;

/**
 * The text of a paragraph as a template: its words, lower case, with the market names that a template fills in
 * replaced by one slot, hashed. Two paragraphs rendered from one template for different markets have the same
 * fingerprint; a word, a number or another name changed gives another. Punctuation, spacing and case are not
 * compared, so a paragraph re-wrapped, re-encoded or moved from HTML to Markdown keeps its fingerprint.
 */
final class ParagraphFingerprint {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Stands for a slot; no word of text hashes it, since words are made of letters and digits. */
    private static final char SLOT = '\u0000';
    private static final char SEPARATOR = ' ';

    private ParagraphFingerprint() {
    }

    /** A range of the text filled in by the template: {@code [start, end)}. */
    record Slot(int start, int end) {
    }

    /** The fingerprint of {@code text} with {@code slots}, given in text order and not overlapping, as slots. */
    static long of(String text, List<Slot> slots) {
        long hash = FNV_OFFSET;
        int next = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            if (next < slots.size() && i == slots.get(next).start()) {
                hash = mix(mix(hash, SEPARATOR), SLOT);
                i = slots.get(next).end() - 1;
                next++;
                inWord = false;
                continue;
            }
            int lower = WordChars.lowerCase(text.charAt(i));
            if (lower >= 0) {
                if (!inWord) {
                    hash = mix(hash, SEPARATOR);
                    inWord = true;
                }
                hash = mix(hash, (char) lower);
            } else {
                inWord = false;
            }
        }
        return finish(hash);
    }

    /** The number of words of {@code text} as a reader counts them: runs between spaces with a letter or digit. */
    static int words(String text) {
        int count = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (WordChars.isSpace(c)) {
                counted = false;
            } else if (!counted && WordChars.lowerCase(c) >= 0) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    private static long mix(long hash, char c) {
        return (hash ^ c) * FNV_PRIME;
    }

    /** A final avalanche, so that fingerprints of texts that differ in their last characters differ in every bit. */
    private static long finish(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
