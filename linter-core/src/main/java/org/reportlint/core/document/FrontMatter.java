package org.reportlint.core.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.source.TextRange;

/**
 * The YAML front matter at the start of a Markdown document: a {@code ---} line, {@code key: value} lines, and a
 * closing {@code ---} or {@code ...} line.
 *
 * <p>Only the {@code title} is read, and only as a one-line value, quoted or not; its range is that of the value as
 * written, without quotes. The first line after the opening fence must look like a YAML key and the closing fence must
 * come within {@value #MAX_LINES} lines, so that a document that merely starts with a thematic break keeps its text.
 *
 * @param range the whole front matter, fences included, up to the end of the closing fence's line end
 * @param content the lines between the fences
 * @param title the title value, if there is one
 */
record FrontMatter(TextRange range, TextRange content, Optional<TextRange> title) {
    static final int MAX_LINES = 200;
    private static final Pattern FENCE = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSING_FENCE = Pattern.compile("(?:---|\\.\\.\\.)[ \\t]*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][\\w.-]*[ \\t]*:(?:[ \\t].*)?");
    private static final Pattern TITLE = Pattern.compile("(?i)title[ \\t]*:[ \\t]*(.*?)[ \\t]*");

    /** The front matter that {@code source} starts with, if it starts with one. */
    static Optional<FrontMatter> find(String source) {
        int lineStart = 0;
        int contentStart = -1;
        TextRange title = null;
        for (int line = 0; line <= MAX_LINES && lineStart < source.length(); line++) {
            int lineEnd = lineEnd(source, lineStart);
            String text = source.substring(lineStart, lineEnd);
            int next = nextLine(source, lineEnd);
            if (line == 0) {
                if (!FENCE.matcher(text).matches()) {
                    return Optional.empty();
                }
                contentStart = next;
            } else if (line == 1 && !KEY.matcher(text).matches()) {
                return Optional.empty();
            } else if (line > 1 && CLOSING_FENCE.matcher(text).matches()) {
                return Optional.of(new FrontMatter(new TextRange(0, next), new TextRange(contentStart, lineStart),
                        Optional.ofNullable(title)));
            }
            if (line >= 1 && title == null) {
                title = title(text, lineStart);
            }
            lineStart = next;
        }
        return Optional.empty();
    }

    /** The range of a one-line title value on this line, without quotes; null when the line is not a title. */
    private static TextRange title(String line, int lineStart) {
        Matcher title = TITLE.matcher(line);
        if (!title.matches() || title.group(1).isEmpty()) {
            return null;
        }
        int start = lineStart + title.start(1);
        int end = lineStart + title.end(1);
        String value = title.group(1);
        char first = value.charAt(0);
        if (first == '|' || first == '>') {
            return null;
        }
        if ((first == '"' || first == '\'') && value.length() >= 2 && value.charAt(value.length() - 1) == first) {
            start++;
            end--;
        }
        return start < end ? new TextRange(start, end) : null;
    }

    private static int lineEnd(String source, int from) {
        int i = from;
        while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String source, int lineEnd) {
        if (lineEnd + 1 < source.length() && source.charAt(lineEnd) == '\r' && source.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return Math.min(source.length(), lineEnd + 1);
    }
}
