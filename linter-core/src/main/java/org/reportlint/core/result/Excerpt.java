package org.reportlint.core.result;

import org.reportlint.core.source.PairBoundary;

/**
 * A window of the source line a finding starts on, kept so reports can show a code frame after the document is gone.
 *
 * @param text the visible part of the line, at most {@link #MAX_WIDTH} characters, without its terminator; a
 *     window never cuts a surrogate pair in half
 * @param firstColumn the 1-based column of the line where {@code text} starts
 * @param truncatedLeft whether the line continues before {@code text}
 * @param truncatedRight whether the line continues after {@code text}
 */
public record Excerpt(String text, int firstColumn, boolean truncatedLeft, boolean truncatedRight) {
    public static final int MAX_WIDTH = 160;

    /** The window of {@code line} that shows columns {@code [column, endColumn)}, or as much of them as fits. */
    public static Excerpt of(String line, int column, int endColumn) {
        return of(line, 0, line.length(), column, endColumn);
    }

    /**
     * The same for the line {@code [lineStart, lineEnd)} of a larger text, copying only the window: a generated
     * report can be one line of megabytes with thousands of findings.
     */
    public static Excerpt of(String text, int lineStart, int lineEnd, int column, int endColumn) {
        int length = lineEnd - lineStart;
        if (length <= MAX_WIDTH) {
            return new Excerpt(text.substring(lineStart, lineEnd), 1, false, false);
        }
        int focusStart = column - 1;
        int focusEnd = Math.max(focusStart + 1, Math.min(endColumn - 1, focusStart + MAX_WIDTH / 2));
        int start = Math.max(0, focusStart - (MAX_WIDTH - (focusEnd - focusStart)) / 2);
        int end = Math.min(length, start + MAX_WIDTH);
        start = Math.max(0, end - MAX_WIDTH);
        // Narrowed, not widened, to whole characters so the window stays within MAX_WIDTH.
        start = PairBoundary.after(text, lineStart + start) - lineStart;
        end = PairBoundary.before(text, lineStart + end) - lineStart;
        return new Excerpt(text.substring(lineStart + start, lineStart + end), start + 1, start > 0, end < length);
    }
}
