package org.reportlint.core.facts;

import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * One sentence of a text block, without the blanks around it.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} before a word that is not lower case (not after {@code U.S.},
 * {@code Inc.} or {@code e.g.}), at a bullet and at a hard line break; a table cell or heading is at most one block,
 * so a sentence never runs from one block into the next.
 *
 * @param block the text block it is part of
 * @param start the block text offset of its first character
 * @param end the block text offset just after its last character
 */
public record Sentence(TextBlock block, int start, int end) {

    /** The sentence as written. */
    public String text() {
        return block.text().substring(start, end);
    }

    /** Whether block text offset {@code index} falls inside the sentence. */
    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** The exact source range of the sentence. */
    public TextRange sourceRange() {
        return block.sourceRange(start, end);
    }

    @Override
    public String toString() {
        return "Sentence[" + text() + "]";
    }
}
