package org.reportlint.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Incremental changes land where the client meant them: UTF-16 characters, every line ending, in order. */
class OpenDocumentTest {
    private static final DocumentPath PATH = new DocumentPath(Path.of("/w"), "a.md", Path.of("/w/a.md"));

    private static OpenDocument of(String text) {
        return new OpenDocument("file:///w/a.md", PATH, 1, text, StandardCharsets.UTF_8, false);
    }

    private static TextDocumentContentChangeEvent change(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    @Test
    void charactersAreUtf16CodeUnits() {
        // The emoji is two UTF-16 units: "b" after it is at character 3 of line 0.
        OpenDocument document = of("a\uD83D\uDE00b\nc").changed(2, List.of(change(0, 3, 0, 4, "B")));
        assertEquals("a\uD83D\uDE00B\nc", document.text());
        assertEquals(2, document.version());
    }

    @Test
    void crlfAndLoneCrEndLines() {
        OpenDocument document = of("one\r\ntwo\rthree").changed(2, List.of(change(1, 0, 1, 3, "2"),
                change(2, 0, 2, 5, "3")));
        assertEquals("one\r\n2\r3", document.text());
    }

    @Test
    void changesApplyInOrderEachToTheResultOfTheLast() {
        OpenDocument document = of("abc").changed(2, List.of(change(0, 0, 0, 0, "x"), change(0, 1, 0, 2, "")));
        assertEquals("xbc", document.text());
    }

    @Test
    void positionsPastALineOrTheTextAreClamped() {
        assertEquals("ab!\ncd", of("ab\ncd").changed(2, List.of(change(0, 99, 0, 99, "!"))).text());
        assertEquals("ab\ncd!", of("ab\ncd").changed(2, List.of(change(7, 0, 7, 0, "!"))).text());
    }

    @Test
    void aChangeWithoutARangeReplacesTheText() {
        assertEquals("new", of("old").changed(2, List.of(new TextDocumentContentChangeEvent("new"))).text());
    }
}
