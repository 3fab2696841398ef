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

    /**
     * The first {@code limit} characters of {@link #of(Block)}, without joining the rest: a section's opening is read
     * for every section, and a section holds the sections nested in it.
     */
    static String opening(Block block, int limit) {
        StringBuilder joined = new StringBuilder();
        // Block.visit's order (depth first, children in order), stopping once the window is full.
        java.util.ArrayDeque<Block> stack = new java.util.ArrayDeque<>();
        stack.push(block);
        while (!stack.isEmpty() && joined.length() < limit) {
            Block b = stack.pop();
            for (TextBlock text : b.texts()) {
                if (joined.length() >= limit) {
                    break;
                }
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(text.text(), 0, Math.min(text.text().length(), limit + 1 - joined.length()));
            }
            for (int i = b.children().size() - 1; i >= 0; i--) {
                stack.push(b.children().get(i));
            }
        }
        return joined.substring(0, Math.min(joined.length(), limit));
    }
}
