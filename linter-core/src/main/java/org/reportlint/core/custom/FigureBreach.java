package org.reportlint.core.custom;

import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * One figure that breaks a figure rule's condition.
 *
 * @param block the text block the figure is in
 * @param start the block text offset where the figure starts
 * @param end the block text offset just after it
 * @param expected the limit or value it breaks, as the config wrote it ({@code 25%}, {@code USD 500 billion},
 *     {@code 2032})
 */
public record FigureBreach(TextBlock block, int start, int end, String expected) {

    /** The figure as written. */
    public String text() {
        return block.text().substring(start, end);
    }

    public TextRange sourceRange() {
        return block.sourceRange(start, end);
    }
}
