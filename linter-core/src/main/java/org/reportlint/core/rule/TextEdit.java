package org.reportlint.core.rule;

import org.reportlint.core.source.TextRange;

/** Replaces the source range {@code [offset, endOffset)} with {@code text}. */
public record TextEdit(int offset, int endOffset, String text) {

    public TextEdit {
        if (offset < 0 || endOffset < offset) {
            throw new IllegalArgumentException("invalid edit range [" + offset + ", " + endOffset + ")");
        }
        java.util.Objects.requireNonNull(text, "text");
    }

    public static TextEdit replace(TextRange range, String text) {
        return new TextEdit(range.start(), range.end(), text);
    }

    public static TextEdit delete(TextRange range) {
        return new TextEdit(range.start(), range.end(), "");
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, offset, text);
    }

    public TextRange range() {
        return new TextRange(offset, endOffset);
    }
}
