package org.reportlint.core.facts;

import org.reportlint.core.document.Block;
import org.reportlint.core.document.TextBlock;

/** The text of a block and every block nested in it, as one string. */
final class BlockText {
    private BlockText() {
    }

    /** The texts of {@code block} and its descendants in document order, joined with a space. */
    static String of(Block block) {
        StringBuilder joined = new StringBuilder();
        block.visit(b -> {
            for (TextBlock text : b.texts()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(text.text());
            }
        });
        return joined.toString();
    }
}
