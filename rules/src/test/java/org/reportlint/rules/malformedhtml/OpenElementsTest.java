package org.reportlint.rules.malformedhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.malformedhtml.OpenElement.Namespace;

class OpenElementsTest {
    private final OpenElements open = new OpenElements();

    @Test
    void popIfTopPopsOnlyTheCurrentNode() {
        push("select", "option");

        assertFalse(open.popIfTop("select"));
        assertTrue(open.popIfTop("option"));
        assertEquals("select", open.top().name);
        assertFalse(open.anyOpen("option"));
    }

    @Test
    void innermostUnclosedSkipsElementsWhoseEndTagIsOptional() {
        OpenElement div = push("div");
        push("span", "p", "li");

        assertEquals("span", open.innermostUnclosed(div).name);
        assertNull(open.innermostUnclosed(open.top()));
    }

    @Test
    void impliedEndTagsStopAtTheException() {
        push("ruby", "rtc", "rt");
        open.generateImpliedEndTags("rtc");
        assertEquals("rtc", open.top().name);

        open.generateImpliedEndTags("");
        assertEquals("ruby", open.top().name);
    }

    @Test
    void clearingBackToATablePartStopsAtATemplate() {
        push("table", "tbody", "div", "span");
        open.clearBackTo(Set.of("tbody"));
        assertEquals("tbody", open.top().name);

        push("template", "b");
        open.clearBackTo(Set.of("table"));
        assertEquals("template", open.top().name);
    }

    @Test
    void formattingElementIsNotFoundBehindACell() {
        OpenElement outer = push("b");
        push("table", "tbody", "tr", "td", "i");

        assertNull(open.formattingElement("b"));
        assertNull(open.formattingElement("u"));
        OpenElement inner = push("b");
        assertSame(inner, open.formattingElement("b"));
        open.popThrough(open.topmost(e -> e.isHtml("table")));
        assertSame(outer, open.formattingElement("b"));
    }

    @Test
    void markingContentNeedsSomethingOpen() {
        open.markTopHasContent();
        OpenElement div = push("div");
        assertFalse(div.hasContent);
        open.markTopHasContent();
        assertTrue(div.hasContent);
    }

    private OpenElement push(String... names) {
        OpenElement element = null;
        for (String name : names) {
            element = new OpenElement(name, Namespace.HTML, new TextRange(0, 1), false, open.top());
            open.push(element);
        }
        return element;
    }
}
