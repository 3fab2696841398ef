package org.reportlint.core.source;

/**
 * A point in a document's decoded text: a 0-based offset and its 1-based line and column.
 *
 * <p>Columns count UTF-16 code units from the start of the line, so a tab is one column.
 */
public record SourcePosition(int offset, int line, int column) {

    public SourcePosition {
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid position " + offset + " " + line + ":" + column);
        }
    }
}
