package org.reportlint.cli.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/** What an editor does with a workspace edit's text edits, written independently of the server's code. */
final class ClientEdits {

    private ClientEdits() {
    }

    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            out.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return out.toString();
    }

    /** UTF-16 offset of a position; lines end at \n (the tests' texts use no other line ending). */
    static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    static Position position(String text, int offset) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return new Position(line, offset - start);
    }
}
