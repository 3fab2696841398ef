package org.reportlint.core.format.internal;

import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.Finding;
import org.reportlint.core.source.SourceSpan;

/**
 * The part of a finding's start line that a code frame shows, and which of its characters the finding covers.
 *
 * <p>{@code [start, end)} indexes {@link #text}; it is never empty, so an empty range or one at the end of a line
 * still gets one marked character (or caret). A range that runs past the line is cut at its end.
 *
 * @param line the 1-based line the text is from
 * @param text the shown part of the line, as the finding's excerpt kept it
 * @param start the index of the first flagged character in {@code text}
 * @param end the index after the last flagged character, at least {@code start + 1}
 * @param truncatedLeft whether the line continues before {@code text}
 * @param truncatedRight whether the line continues after {@code text}
 */
record FrameWindow(int line, String text, int start, int end, boolean truncatedLeft, boolean truncatedRight) {

    static FrameWindow of(Finding finding) {
        Excerpt excerpt = finding.excerpt();
        SourceSpan span = finding.span();
        String text = excerpt.text();
        int start = clamp(span.start().column() - excerpt.firstColumn(), text.length());
        int endColumn = span.end().line() == span.start().line()
                ? span.end().column() : excerpt.firstColumn() + text.length();
        int end = clamp(endColumn - excerpt.firstColumn(), text.length());
        return new FrameWindow(span.start().line(), text, start, Math.max(end, start + 1),
                excerpt.truncatedLeft(), excerpt.truncatedRight());
    }

    /** The text before the flagged part. */
    String before() {
        return text.substring(0, Math.min(start, text.length()));
    }

    /** The flagged part, empty when the finding is at the end of the line or covers nothing. */
    String flagged() {
        return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
    }

    /** The text after the flagged part. */
    String after() {
        return text.substring(Math.min(end, text.length()));
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }
}
