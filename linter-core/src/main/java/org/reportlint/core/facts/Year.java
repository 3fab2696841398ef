package org.reportlint.core.facts;

import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * A single year a report names ({@code in 2023}, {@code by 2030}, {@code FY2024}, {@code 2025E}), outside any year
 * range.
 *
 * @param year the year, a two-digit fiscal year expanded ({@code FY24} is 2024)
 * @param block the text block it is in
 * @param start the block text offset of its first character (a {@code FY} prefix included)
 * @param end the block text offset just after it (an {@code E} or {@code F} mark included)
 * @param sentence the sentence it is in
 * @param wordBefore the lower-case word just before it, often a preposition ({@code in}, {@code by}, {@code till}), or
 *     empty
 */
public record Year(int year, TextBlock block, int start, int end, Sentence sentence, String wordBefore) {

    /** The year as written. */
    public String text() {
        return block.text().substring(start, end);
    }

    public TextRange sourceRange() {
        return block.sourceRange(start, end);
    }
}
