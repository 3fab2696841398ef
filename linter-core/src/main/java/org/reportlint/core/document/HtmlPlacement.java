package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The blocks of the HTML inside a Markdown document, waiting to be placed into the Markdown tree.
 *
 * <p>The HTML of a whole Markdown document is parsed as one DOM, so that an element opened in one HTML block and
 * closed in another is one element, as in a browser. Its blocks go where the Markdown HTML block that holds their
 * start is; what starts outside every HTML block (an element opened by inline HTML) holds no text, since only HTML
 * blocks have text the HTML parser sees, and is dropped.
 */
final class HtmlPlacement {
    private final List<Object> parts;
    private int next;

    private HtmlPlacement(List<Object> parts) {
        this.parts = parts;
    }

    /** The top-level blocks and texts of {@code html}, whose source is {@code markupSource}. */
    static HtmlPlacement of(HtmlParse html, String markupSource) {
        Block.Builder all = Block.builder(BlockKind.DOCUMENT);
        HtmlBlockTree.build(html.dom(), markupSource, all);
        List<Object> parts = new ArrayList<>(all.parts());
        // The title is walked before the body; everything else already comes in source order.
        parts.sort(Comparator.comparingInt(Block.Builder::startOf));
        return new HtmlPlacement(parts);
    }

    /**
     * Adds to {@code target} the blocks and texts that start in source {@code [from, to)}, an HTML block of the
     * Markdown; HTML blocks must be placed in source order.
     */
    void placeInto(Block.Builder target, int from, int to) {
        while (next < parts.size() && Block.Builder.startOf(parts.get(next)) < from) {
            next++;
        }
        while (next < parts.size() && Block.Builder.startOf(parts.get(next)) < to) {
            target.addPart(parts.get(next++));
        }
    }
}
