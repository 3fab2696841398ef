package org.reportlint.core.engine.internal;

import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * How many words a document's text has, what its quality score is normalised by: the visible text of its blocks
 * (headings, paragraphs, list items, cells, code), not tags, attributes or front matter (but a front-matter {@code title}, which is shown as the title), so the same report in HTML,
 * Markdown or text has about the same length. A word is a run of characters between white space that holds at least
 * one letter or digit, so {@code $4.2bn} is one word and a lone dash none. Writing without spaces between words
 * (Chinese, Japanese) counts each run as one word, which undercounts it.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(Document document) {
        long words = 0;
        for (TextBlock block : document.blocks()) {
            if (block.kind() != BlockKind.FRONT_MATTER) {
                words += of(block.text());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, words);
    }

    static int of(CharSequence text) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
