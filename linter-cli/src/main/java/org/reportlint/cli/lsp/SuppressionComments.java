package org.reportlint.cli.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.reportlint.core.source.LineIndex;

/**
 * The edits that insert a suppression directive. The core reads directives from HTML comments in every format
 * (HTML, Markdown and text alike), so one comment form serves all three.
 */
final class SuppressionComments {
    static final String REASON = "reason";

    private SuppressionComments() {
    }

    /**
     * {@code <!-- reportlint-disable-line RULE -- reason -->} at the end of the line the finding starts on: the
     * directive hides the rule on its own line, and adding to the end of a line leaves the text before it
     * (a Markdown paragraph, list item or heading) as it was.
     */
    static TextEdit disableLine(String text, int line, String rule) {
        LineIndex lines = LineIndex.of(text);
        int oneBased = Math.min(line + 1, lines.lineCount());
        int end = lines.lineEnd(oneBased);
        boolean blank = end == lines.lineStart(oneBased);
        Position at = Positions.position(lines, end);
        String comment = (blank ? "" : " ") + "<!-- reportlint-disable-line " + rule + " -- " + REASON + " -->";
        return new TextEdit(new Range(at, at), comment);
    }

    /**
     * {@code <!-- reportlint-disable-file RULE -- reason -->} on a line of its own at the top, after Markdown front
     * matter (which must stay first to be front matter).
     */
    static TextEdit disableFile(String text, String rule) {
        LineIndex lines = LineIndex.of(text);
        int line = 1;
        if (lines.lineText(1).equals("---")) {
            for (int i = 2; i <= lines.lineCount(); i++) {
                if (lines.lineText(i).equals("---") || lines.lineText(i).equals("...")) {
                    line = i < lines.lineCount() ? i + 1 : i;
                    break;
                }
            }
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String comment = "<!-- reportlint-disable-file " + rule + " -- " + REASON + " -->";
        if (line == lines.lineCount() && line > 1 && lines.lineEnd(line) == text.length()
                && lines.lineStart(line) != text.length()) {
            // Front matter closing on the last line, with no newline after it.
            Position end = Positions.position(lines, text.length());
            return new TextEdit(new Range(end, end), newline + comment);
        }
        Position at = Positions.position(lines, lines.lineStart(line));
        return new TextEdit(new Range(at, at), comment + newline);
    }
}
