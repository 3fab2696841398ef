package org.reportlint.core.source;

/** A range of a document's decoded text, start inclusive and end exclusive, with both ends resolved to lines and columns. */
public record SourceSpan(SourcePosition start, SourcePosition end) {

    public SourceSpan {
        if (end.offset() < start.offset()) {
            throw new IllegalArgumentException("span ends before it starts: " + start + " > " + end);
        }
    }

    public int startOffset() {
        return start.offset();
    }

    public int endOffset() {
        return end.offset();
    }

    public int length() {
        return end.offset() - start.offset();
    }
}
