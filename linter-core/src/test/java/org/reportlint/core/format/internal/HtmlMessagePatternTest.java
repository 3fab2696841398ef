package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HtmlMessagePatternTest {

    @Test
    void masksPositionsAndCountsButKeepsTagNames() {
        assertEquals("Stray </p>: the <p> opened at # was already closed implicitly by <div> at # (and # more times)",
                HtmlMessagePattern.of("Stray </p>: the <p> opened at 12:5 was already closed implicitly by <div> at "
                        + "14:1 (and 1 more time)"));
        assertNotEquals(HtmlMessagePattern.of("Stray </p>: there is no open <p> to close"),
                HtmlMessagePattern.of("Stray </div>: there is no open <div> to close"), "different defects");
    }

    @Test
    void masksQuotedTextAndFigures() {
        assertEquals("Placeholder \"\u2026\" left in text", HtmlMessagePattern.of("Placeholder \"$xxx\" left in text"));
        assertEquals("Market size $# billion for # conflicts with $# billion stated elsewhere",
                HtmlMessagePattern.of("Market size $12.5 billion for 2024 conflicts with $14 billion stated elsewhere"));
        assertEquals("Title \"\u2026\" is also the title of \u2026",
                HtmlMessagePattern.of("Title \"Widgets\" is also the title of reports/vendor-a/p1.html"));
        assertEquals("Filler \"\u2026\" left in text", HtmlMessagePattern.of("Filler \u201Clorem ipsum\u201D left in text"));
    }
}
