package org.reportlint.rules.markupleak;

import java.util.Arrays;

/** Where the lines of a block's text start, after their indentation: where Markdown block syntax would be. */
final class LineStarts {
    private LineStarts() {
    }

    /**
     * The offsets of the first non-blank character of every line of {@code text}. Any newline starts a line, a
     * wrapped line of HTML source too: Markdown pasted into HTML keeps the lines its author meant.
     */
    static int[] of(String text) {
        int[] starts = new int[8];
        int count = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int i = lineStart;
            while (i < text.length() && isBlank(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) != '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
            int newline = text.indexOf('\n', i);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r';
    }
}
