package org.reportlint.core.source;

/**
 * A range of a document's decoded text, start inclusive and end exclusive, with both ends resolved to lines and columns.
 *
 * <p>A value class with the accessors, equality and string form a record of two {@link SourcePosition}s would have,
 * but holding the six numbers itself: every finding keeps a span for as long as the run, and one object instead of
 * three is 40 bytes a finding instead of 72 (a file can have a million findings). The positions are made when asked
 * for; they are small values the compiler usually keeps off the heap.
 */
public final class SourceSpan {
    private final int startOffset;
    private final int startLine;
    private final int startColumn;
    private final int endOffset;
    private final int endLine;
    private final int endColumn;

    public SourceSpan(SourcePosition start, SourcePosition end) {
        if (end.offset() < start.offset()) {
            throw new IllegalArgumentException("span ends before it starts: " + start + " > " + end);
        }
        this.startOffset = start.offset();
        this.startLine = start.line();
        this.startColumn = start.column();
        this.endOffset = end.offset();
        this.endLine = end.line();
        this.endColumn = end.column();
    }

    public SourcePosition start() {
        return new SourcePosition(startOffset, startLine, startColumn);
    }

    public SourcePosition end() {
        return new SourcePosition(endOffset, endLine, endColumn);
    }

    public int startOffset() {
        return startOffset;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The 1-based line the span starts on, without making a position. */
    public int startLine() {
        return startLine;
    }

    /** The 1-based column the span starts at, without making a position. */
    public int startColumn() {
        return startColumn;
    }

    public int length() {
        return endOffset - startOffset;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceSpan span
                && startOffset == span.startOffset && startLine == span.startLine && startColumn == span.startColumn
                && endOffset == span.endOffset && endLine == span.endLine && endColumn == span.endColumn;
    }

    @Override
    public int hashCode() {
        return 31 * positionHash(startOffset, startLine, startColumn) + positionHash(endOffset, endLine, endColumn);
    }

    private static int positionHash(int offset, int line, int column) {
        return (31 * offset + line) * 31 + column;
    }

    @Override
    public String toString() {
        return "SourceSpan[start=" + start() + ", end=" + end() + "]";
    }
}
