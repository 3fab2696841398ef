package org.reportlint.rules.sharesum;

import org.reportlint.core.document.TextBlock;

/**
 * One entry of a list: a list item's own text, or one line of a block written a line per item.
 *
 * @param block the text block that holds it
 * @param start the block text offset where it starts
 * @param end the block text offset just after it
 */
record Entry(TextBlock block, int start, int end) {

    String text() {
        return block.text().substring(start, end);
    }

    boolean contains(int index) {
        return index >= start && index < end;
    }
}
