package org.reportlint.rules.malformedhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElement.Namespace;

class StrayEndTagsTest {
    private final StrayEndTags strays = new StrayEndTags();

    @Test
    void endTagOfAnImplicitlyClosedElementNamesItsCloserOnce() {
        OpenElement paragraph = element("p", 0, null);
        strays.closedImplicitly(paragraph, startTag("ul", 10));

        HtmlDefect defect = strays.defect(endTag("p", 30), null).orElseThrow();
        assertEquals(Kind.STRAY_END_TAG_ALREADY_CLOSED, defect.kind());
        assertEquals(new ElementStart("p", paragraph.start), defect.open().orElseThrow());
        assertEquals("ul", defect.other().orElseThrow().name());
        assertEquals(10, defect.other().orElseThrow().range().start());

        assertEquals(Kind.STRAY_END_TAG, strays.defect(endTag("p", 40), null).orElseThrow().kind());
    }

    @Test
    void implicitCloseExplainsOnlyAnEndTagAtTheSameParent() {
        OpenElement div = element("div", 0, null);
        strays.closedImplicitly(element("p", 5, div), startTag("ul", 10));

        assertEquals(Kind.STRAY_END_TAG, strays.defect(endTag("p", 30), null).orElseThrow().kind());
        assertEquals(Kind.STRAY_END_TAG_ALREADY_CLOSED, strays.defect(endTag("p", 40), div).orElseThrow().kind());
    }

    @Test
    void ignoredStartTagSilencesOneEndTagOfItsName() {
        strays.startTagIgnored("tr");

        assertTrue(strays.defect(endTag("tr", 20), null).isEmpty());
        assertEquals(Kind.STRAY_END_TAG, strays.defect(endTag("tr", 30), null).orElseThrow().kind());
    }

    @Test
    void onlyRecentImplicitClosesAreRemembered() {
        strays.closedImplicitly(element("dd", 0, null), startTag("dl", 5));
        for (int i = 0; i < 64; i++) {
            strays.closedImplicitly(element("li", 10 + i, null), startTag("li", 11 + i));
        }

        assertEquals(Kind.STRAY_END_TAG, strays.defect(endTag("dd", 200), null).orElseThrow().kind());
        assertEquals(Kind.STRAY_END_TAG_ALREADY_CLOSED, strays.defect(endTag("li", 210), null).orElseThrow().kind());
    }

    private static OpenElement element(String name, int offset, OpenElement parent) {
        return new OpenElement(name, Namespace.HTML, new TextRange(offset, offset + name.length() + 2), false, parent);
    }

    private static MarkupToken startTag(String name, int offset) {
        return token(MarkupToken.Kind.START_TAG, name, offset, name.length() + 2);
    }

    private static MarkupToken endTag(String name, int offset) {
        return token(MarkupToken.Kind.END_TAG, name, offset, name.length() + 3);
    }

    private static MarkupToken token(MarkupToken.Kind kind, String name, int offset, int length) {
        TextRange range = new TextRange(offset, offset + length);
        return new MarkupToken(kind, name, range, false, List.of(), new TextRange(range.end(), range.end()));
    }
}
