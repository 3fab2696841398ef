package org.reportlint.rules.splitname;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.source.TextRange;

/**
 * Finds the entry sequences of a plain text or Markdown document: its lines, each one entry once a bullet marker
 * ({@code - }, {@code * }, {@code 1. }) is set aside.
 *
 * <p>Blank lines do not end a sequence, because generated reports often list one entry per paragraph. Markdown
 * headings, table rows and fenced code do: they are not entries of a list.
 */
final class TextEntries {
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*+\u2022\u2013]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern NOT_AN_ENTRY = Pattern.compile("^[ \\t]*(?:#|\\||>|```|~~~)");

    private TextEntries() {
    }

    static List<List<Entry>> of(String source) {
        List<List<Entry>> sequences = new ArrayList<>();
        List<Entry> run = new ArrayList<>();
        boolean fenced = false;
        int lineStart = 0;
        while (lineStart < source.length()) {
            int lineEnd = lineStart;
            while (lineEnd < source.length() && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = source.substring(lineStart, lineEnd);
            boolean fence = line.strip().startsWith("```") || line.strip().startsWith("~~~");
            if (fence) {
                fenced = !fenced;
            }
            if (fenced || fence || NOT_AN_ENTRY.matcher(line).find()) {
                flush(run, sequences);
                run = new ArrayList<>();
            } else if (!line.isBlank()) {
                Entry entry = entry(line, lineStart);
                if (!entry.text().isEmpty()) {
                    run.add(entry);
                }
            }
            lineStart = nextLine(source, lineEnd);
        }
        flush(run, sequences);
        return List.copyOf(sequences);
    }

    private static Entry entry(String line, int lineStart) {
        Matcher bullet = BULLET.matcher(line);
        int start = bullet.find() ? bullet.end() : 0;
        int end = line.length();
        while (start < end && Entry.isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && Entry.isBlank(line.charAt(end - 1))) {
            end--;
        }
        return new Entry(line.substring(start, end), new TextRange(lineStart + start, lineStart + end),
                new Entry.JoinGap());
    }

    private static int nextLine(String source, int lineEnd) {
        if (lineEnd < source.length() && source.charAt(lineEnd) == '\r'
                && lineEnd + 1 < source.length() && source.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static void flush(List<Entry> run, List<List<Entry>> sequences) {
        if (run.size() >= 2) {
            sequences.add(List.copyOf(run));
        }
    }
}
