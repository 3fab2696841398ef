package org.reportlint.cli.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;

/**
 * Converts between the core's offsets and LSP positions. Both count UTF-16 code units and end lines at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, so the core's 1-based line and column are LSP's plus one.
 */
final class Positions {

    private Positions() {
    }

    static Position position(LineIndex lines, int offset) {
        SourcePosition at = lines.position(offset);
        return new Position(at.line() - 1, at.column() - 1);
    }

    static Position position(SourcePosition at) {
        return new Position(at.line() - 1, at.column() - 1);
    }

    static Range range(SourceSpan span) {
        return new Range(position(span.start()), position(span.end()));
    }

    static Range range(LineIndex lines, int start, int end) {
        return new Range(position(lines, start), position(lines, end));
    }

    /**
     * The offset of an LSP position: a line past the end is the end of the text, a character past the end of its
     * line is the end of the line (before its terminator), as the protocol asks.
     */
    static int offset(LineIndex lines, String text, Position position) {
        int line = position.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= lines.lineCount()) {
            return text.length();
        }
        return lines.offsetOf(line + 1, position.getCharacter() + 1);
    }
}
