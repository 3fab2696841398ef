package org.reportlint.core.source;

/** A range of offsets in a document's decoded text, start inclusive and end exclusive. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    public static TextRange of(int start, int end) {
        return new TextRange(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    @Override
    public int compareTo(TextRange other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
