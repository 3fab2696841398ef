package org.reportlint.core.fix;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.format.internal.DisplayText;

/**
 * Writes the difference between two texts as a unified diff with three lines of context, the format {@code patch}
 * and {@code git apply} read. Lines are compared whole, terminators included, with Myers' algorithm.
 *
 * <p>The diff is printed on a terminal, so the path and every line are shown through {@link DisplayText}: a control
 * character or a bidirectional override in a document (or a file name) cannot move the cursor, recolor the screen or
 * reorder what the reader sees. Such a line is shown, not meant to be applied.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} under the given path; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = splitLines(before);
        List<String> b = splitLines(after);
        List<int[]> script = editScript(a, b);
        StringBuilder out = new StringBuilder();
        String shownPath = DisplayText.safe(path);
        out.append("--- a/").append(shownPath).append('\n').append("+++ b/").append(shownPath).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < script.size() && (script.get(end)[0] != 0 || end - lastChange <= 2 * CONTEXT)) {
                if (script.get(end)[0] != 0) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + CONTEXT + 1);
            appendHunk(out, script.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (int[] op : ops) {
            if (op[0] != 1 && aStart < 0) {
                aStart = op[1];
            }
            if (op[0] != -1 && bStart < 0) {
                bStart = op[2];
            }
            aCount += op[0] != 1 ? 1 : 0;
            bCount += op[0] != -1 ? 1 : 0;
        }
        int[] first = ops.get(0);
        aStart = aStart < 0 ? first[1] : aStart;
        bStart = bStart < 0 ? first[2] : bStart;
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        for (int[] op : ops) {
            String line = op[0] == 1 ? b.get(op[2]) : a.get(op[1]);
            out.append(op[0] == 0 ? ' ' : op[0] == 1 ? '+' : '-').append(DisplayText.safe(stripTerminator(line)))
                    .append('\n');
            if (!hasTerminator(line)) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        int shown = count == 0 ? start : start + 1;
        return count == 1 ? String.valueOf(shown) : shown + "," + count;
    }

    /**
     * The edit script as {op, aIndex, bIndex} with op 0 keep, -1 delete, 1 insert; indexes point at the line
     * concerned, or for an insertion at the position in {@code a} it goes before.
     */
    private static List<int[]> editScript(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        outer:
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    break outer;
                }
            }
        }
        List<int[]> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] vd = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && vd[max + k - 1] < vd[max + k + 1])) ? k + 1 : k - 1;
            int prevX = vd[max + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(new int[] {0, --x, --y});
            }
            if (x == prevX) {
                ops.add(new int[] {1, x, --y});
            } else {
                ops.add(new int[] {-1, --x, y});
            }
        }
        while (x > 0 && y > 0) {
            ops.add(new int[] {0, --x, --y});
        }
        java.util.Collections.reverse(ops);
        return ops;
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean hasTerminator(String line) {
        return line.endsWith("\n") || line.endsWith("\r");
    }

    private static String stripTerminator(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
