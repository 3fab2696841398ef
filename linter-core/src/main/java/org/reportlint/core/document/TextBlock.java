package org.reportlint.core.document;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.reportlint.core.source.TextRange;

/**
 * The visible text of one block of a document, with the source range of every character.
 *
 * <p>Entities are decoded ({@code &amp;} in the source is {@code &} here) and {@code <br>} is a newline; both map
 * back to the whole source range they came from. Whitespace is kept as written, so rules decide how to treat it.
 */
public final class TextBlock {
    private final BlockKind kind;
    private final Element element;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    TextBlock(BlockKind kind, Element element, String text, int[] starts, int[] ends) {
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset map does not match the text");
        }
        this.kind = kind;
        this.element = element;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** A block whose text is a verbatim slice of the source starting at {@code sourceStart}. */
    static TextBlock verbatim(BlockKind kind, String text, int sourceStart) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            starts[i] = sourceStart + i;
            ends[i] = sourceStart + i + 1;
        }
        return new TextBlock(kind, null, text, starts, ends);
    }

    public BlockKind kind() {
        return kind;
    }

    /** The element whose text this is; empty for plain text and Markdown documents. */
    public Optional<Element> element() {
        return Optional.ofNullable(element);
    }

    public String text() {
        return text;
    }

    /** The source offset where the character at {@code index} of the text starts. */
    public int sourceStart(int index) {
        return starts[index];
    }

    /** The source offset just after the character at {@code index} of the text. */
    public int sourceEnd(int index) {
        return ends[index];
    }

    /** The source range of text characters {@code [start, end)}; an empty text range maps to an empty source range. */
    public TextRange sourceRange(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") in a text of " + text.length());
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("an empty block has no source range");
        }
        if (start == end) {
            int at = start < text.length() ? starts[start] : ends[text.length() - 1];
            return new TextRange(at, at);
        }
        return new TextRange(starts[start], ends[end - 1]);
    }

    /** The source range of the whole block text. */
    public TextRange sourceRange() {
        return sourceRange(0, text.length());
    }

    /** The text offset of the first character whose source range ends after {@code sourceOffset}, or the text length. */
    public int textIndexAt(int sourceOffset) {
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] > sourceOffset) {
                return i;
            }
        }
        return text.length();
    }

    @Override
    public String toString() {
        return kind + "[" + text + "]";
    }
}
