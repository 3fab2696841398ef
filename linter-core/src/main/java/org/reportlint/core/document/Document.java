package org.reportlint.core.document;

import java.util.List;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.source.SourceSpan;
import org.reportlint.core.source.TextRange;

/**
 * One linted file, parsed once: its decoded text, line index, markup tokens, DOM and text blocks.
 *
 * <p>Every rule reads this model and none parses again. It is immutable, except that the jsoup DOM, which rules
 * must treat as read-only, cannot enforce that.
 */
public final class Document {
    private final String path;
    private final DocumentFormat format;
    private final DecodedText decoded;
    private final LineIndex lines;
    private final List<MarkupToken> markup;
    private final org.jsoup.nodes.Document dom;
    private final List<ParseIssue> parseIssues;
    private final List<TextBlock> blocks;
    private final int[] blockStarts;

    Document(String path, DocumentFormat format, DecodedText decoded, List<MarkupToken> markup,
             org.jsoup.nodes.Document dom, List<ParseIssue> parseIssues, List<TextBlock> blocks) {
        this.path = path;
        this.format = format;
        this.decoded = decoded;
        this.lines = LineIndex.of(decoded.text());
        this.markup = List.copyOf(markup);
        this.dom = dom;
        this.parseIssues = List.copyOf(parseIssues);
        this.blocks = List.copyOf(blocks);
        this.blockStarts = new int[this.blocks.size()];
        for (int i = 0; i < blockStarts.length; i++) {
            blockStarts[i] = this.blocks.get(i).sourceRange().start();
        }
    }

    /** The path as given or found, {@code /}-separated. */
    public String path() {
        return path;
    }

    public DocumentFormat format() {
        return format;
    }

    /** The decoded text, without a byte order mark; all offsets refer to it. */
    public String source() {
        return decoded.text();
    }

    public DecodedText decoded() {
        return decoded;
    }

    public LineIndex lines() {
        return lines;
    }

    /** Every tag, comment and declaration in source order; only comments for plain text and Markdown. */
    public List<MarkupToken> markup() {
        return markup;
    }

    /** The DOM as a browser would build it, with source positions; an empty document for plain text. Read-only. */
    public org.jsoup.nodes.Document dom() {
        return dom;
    }

    /** What the HTML parser had to repair, in source order; empty for plain text. */
    public List<ParseIssue> parseIssues() {
        return parseIssues;
    }

    /** The visible text of each block in document order. */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /**
     * The block whose source range covers {@code range}, if any. Blocks are in document order and do not overlap, so
     * this is a binary search.
     */
    public java.util.Optional<TextBlock> blockCovering(TextRange range) {
        int index = java.util.Arrays.binarySearch(blockStarts, range.start());
        int candidate = index >= 0 ? index : -index - 2;
        // Equal starts are possible only for empty ranges; walk back over them to the first that covers the range.
        for (int i = candidate; i >= 0 && i > candidate - 3; i--) {
            TextRange covered = blocks.get(i).sourceRange();
            if (covered.start() <= range.start() && range.end() <= covered.end()) {
                return java.util.Optional.of(blocks.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    public SourceSpan span(TextRange range) {
        return lines.span(range);
    }

    public String text(TextRange range) {
        return decoded.text().substring(range.start(), range.end());
    }
}
