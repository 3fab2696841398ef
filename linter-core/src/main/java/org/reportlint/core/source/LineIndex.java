package org.reportlint.core.source;

import java.util.Arrays;

/**
 * Converts between offsets and line/column positions of one text.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}; the terminator belongs to the line it ends.
 * Offsets past the end of the text are clamped to the end.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;
    private final CharSequence text;

    private LineIndex(CharSequence text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.length = text.length();
    }

    public static LineIndex of(CharSequence text) {
        if (text instanceof String string && string.indexOf('\r') < 0) {
            return ofLineFeeds(string);
        }
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    /** Text whose only line end is LF: found by the runtime's vectorised {@code indexOf}, not char by char. */
    private static LineIndex ofLineFeeds(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = lf + 1;
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The position of an offset; offsets beyond the text resolve to its end. */
    public SourcePosition position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = lineOf(clamped);
        return new SourcePosition(clamped, line, clamped - lineStarts[line - 1] + 1);
    }

    public SourceSpan span(int start, int end) {
        return new SourceSpan(position(start), position(Math.max(start, end)));
    }

    public SourceSpan span(TextRange range) {
        return span(range.start(), range.end());
    }

    /** The 1-based line holding an offset. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The offset where a 1-based line starts. */
    public int lineStart(int line) {
        checkLine(line);
        return lineStarts[line - 1];
    }

    /** The offset where a 1-based line's content ends, before its terminator. */
    public int lineEnd(int line) {
        checkLine(line);
        int end = line < lineStarts.length ? lineStarts[line] : length;
        while (end > lineStarts[line - 1] && isBreak(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its terminator. */
    public String lineText(int line) {
        return text.subSequence(lineStart(line), lineEnd(line)).toString();
    }

    /** The offset of a 1-based line and column, clamped to the line's content. */
    public int offsetOf(int line, int column) {
        return Math.min(lineStart(line) + Math.max(0, column - 1), lineEnd(line));
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private void checkLine(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IllegalArgumentException("no line " + line + " in a text of " + lineStarts.length + " lines");
        }
    }
}
