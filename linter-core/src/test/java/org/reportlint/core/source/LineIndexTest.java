package org.reportlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void countsLfCrLfAndLoneCrAsOneBreakEach() {
        LineIndex lines = LineIndex.of("a\nb\r\nc\rd");
        assertEquals(4, lines.lineCount());
        assertEquals(new SourcePosition(0, 1, 1), lines.position(0));
        assertEquals(new SourcePosition(2, 2, 1), lines.position(2));
        assertEquals(new SourcePosition(5, 3, 1), lines.position(5));
        assertEquals(new SourcePosition(7, 4, 1), lines.position(7));
        assertEquals("b", lines.lineText(2));
        assertEquals("c", lines.lineText(3));
    }

    @Test
    void theTerminatorBelongsToTheLineItEnds() {
        LineIndex lines = LineIndex.of("ab\r\ncd");
        assertEquals(new SourcePosition(2, 1, 3), lines.position(2));
        assertEquals(new SourcePosition(3, 1, 4), lines.position(3));
        assertEquals(2, lines.lineEnd(1));
    }

    @Test
    void columnsCountUtf16UnitsAndTabsAsOne() {
        LineIndex lines = LineIndex.of("\t\uD83D\uDE00x");
        assertEquals(4, lines.position(3).column());
    }

    @Test
    void offsetsBeyondTheEndClampToTheEnd() {
        LineIndex lines = LineIndex.of("abc\n");
        assertEquals(new SourcePosition(4, 2, 1), lines.position(99));
        assertEquals(2, lines.lineCount());
    }

    @Test
    void offsetOfIsTheInverseOfPosition() {
        String text = "one\r\ntwo\nthree";
        LineIndex lines = LineIndex.of(text);
        for (int offset = 0; offset < text.length(); offset++) {
            SourcePosition position = lines.position(offset);
            if (text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
                assertEquals(offset, lines.offsetOf(position.line(), position.column()));
            }
        }
    }

    @Test
    void emptyTextHasOneEmptyLine() {
        LineIndex lines = LineIndex.of("");
        assertEquals(1, lines.lineCount());
        assertEquals("", lines.lineText(1));
        assertEquals(new SourcePosition(0, 1, 1), lines.position(0));
    }
}
