package org.reportlint.rules.duplicatereport;

import java.util.Arrays;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;
import org.reportlint.rules.text.WordChars;

/**
 * The words of a document's prose as hashes, normalised so that markup, format, case, punctuation and spacing do not
 * make two copies of one text differ: a report saved as HTML and as Markdown has the same words. The title
 * ({@code <title>}) and the first heading are left out, because a report published twice under two titles is still
 * one text. Words are hashed as they are read, never made into strings: a report of thousands of words costs no
 * allocation beyond one array.
 */
final class ProseWords {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] hashes = new long[256];
    private int count;

    private ProseWords() {
    }

    /** The hash of each run of letters and digits of every prose block but the title and first heading, in order. */
    static long[] of(Document document) {
        ProseWords words = new ProseWords();
        boolean firstHeading = true;
        for (TextBlock block : document.blocks()) {
            if (block.kind() == BlockKind.TITLE) {
                continue;
            }
            if (block.kind() == BlockKind.HEADING && firstHeading) {
                firstHeading = false;
                continue;
            }
            words.add(block.text());
        }
        return words.toArray();
    }

    /** The word hashes of one text, as {@link #of} reads each block. */
    static long[] of(String text) {
        ProseWords words = new ProseWords();
        words.add(text);
        return words.toArray();
    }

    /** Adds the words of {@code text}; a word is a run of letters and digits, compared without case. */
    private void add(String text) {
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            int lower = WordChars.lowerCase(text.charAt(i));
            if (lower >= 0) {
                hash = (hash ^ lower) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                push(hash);
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            push(hash);
        }
    }

    private void push(long hash) {
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
    }

    private long[] toArray() {
        return Arrays.copyOf(hashes, count);
    }
}
