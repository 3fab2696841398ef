package org.reportlint.rules.malformedhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;

class TreeBuilderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<h2>a</h1>                               | MISMATCHED_END_TAG",
        "<div><span>a</div>                       | UNCLOSED_BEFORE_END_TAG",
        "<select><option><b>a</option></select>   | UNCLOSED_BEFORE_END_TAG",
        "<select><option>a</option></option></select> | STRAY_END_TAG",
        "</div>                                   | STRAY_END_TAG",
        "<h3>a</h3></h3>                          | STRAY_END_TAG",
        "<p><ul><li>a</ul></p>                    | BLOCK_CLOSES_PARAGRAPH STRAY_END_TAG_ALREADY_CLOSED",
        "<p>a<ul><li>a</ul></p>                   | STRAY_END_TAG_ALREADY_CLOSED",
        "<p><b>a<div>b</div>                      | START_TAG_CLOSES_OPEN",
        "<h2>a<h3>b</h3></h2>                     | HEADING_CLOSES_HEADING STRAY_END_TAG_ALREADY_CLOSED",
        "<b><i>a</b>b</i>                         | MISNESTED_FORMATTING",
        "<a href=x>a<a href=y>b</a>               | NESTED_CLOSES_OUTER",
        "<span><div>a</span></div>                | IGNORED_END_TAG",
        "<div><table><tr><td></div></table></div> | STRAY_END_TAG_OUT_OF_SCOPE",
        "<p>a</p></body></html><p>b</p>           | DOCUMENT_END_IN_CONTENT",
        "<p>a</p><body>                           | DOCUMENT_TAG_IN_CONTENT",
        "<html><body><p>a</p><html>               | DOCUMENT_TAG_IN_CONTENT",
        "<div>a                                   | UNCLOSED_AT_END",
        "<div/>a</p>                              | SELF_CLOSING_NON_VOID STRAY_END_TAG",
        "<table><tr><td>a</td></tr><p>b</p></table>| FOSTER_PARENTED_ELEMENT",
        "<table>text<tr><td>a</table>             | FOSTER_PARENTED_TEXT",
        "<svg><p>a</p></svg>                      | FOREIGN_BREAKOUT STRAY_END_TAG_ALREADY_CLOSED",
        "<tr><td>a</td></tr>                      | TABLE_PART_OUTSIDE_TABLE TABLE_PART_OUTSIDE_TABLE",
        "a</br>b                                  | VOID_END_TAG",
        "<table><tr><td><table><tr><td>a</table></table> | ''",
        "<p>a<table><tr><td>b</table></p>         | ''",
        "<!DOCTYPE html><p>a<table><tr><td>b</table></p> | STRAY_END_TAG_ALREADY_CLOSED",
    })
    void reportsTheRepairABrowserMakes(String html, String expected) {
        List<Kind> kinds = build(html).stream().map(HtmlDefect::kind).toList();
        List<Kind> wanted = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.trim().split(" ")).map(Kind::valueOf).toList();
        assertEquals(wanted, kinds, html);
    }

    @Test
    void optionalEndTagsMayBeOmitted() {
        assertTrue(build("<p>a<p>b<ul><li>c<li>d</ul><dl><dt>e<dd>f</dl><table><tr><td>g<td>h<tr><td>i</table>"
                + "<select><option>j<option>k</select><ruby>l<rt>m<rp>n</ruby>").isEmpty());
    }

    @Test
    void misnestedFormattingIsOneDefectNotACascade() {
        List<HtmlDefect> defects = build("<p><b>one <i>two</b> three</i> four</p><p>next</p>");
        assertEquals(1, defects.size());
        assertEquals("i", defects.get(0).open().orElseThrow().name());
        assertEquals("b", defects.get(0).other().orElseThrow().name());
    }

    @Test
    void elementLeftOpenByAnIgnoredEndTagIsNotReportedAgain() {
        assertEquals(List.of(Kind.IGNORED_END_TAG), build("<span><div>a</span></div><p>b</p>").stream()
                .map(HtmlDefect::kind).toList());
    }

    @Test
    void quirksModeFollowsTheDoctype() {
        assertTrue(DocumentOutline.isQuirksDoctype("<!doctype>"));
        assertFalse(DocumentOutline.isQuirksDoctype("<!doctype html>"));
        assertTrue(DocumentOutline.isQuirksDoctype(
                "<!doctype html public \"-//w3c//dtd html 4.01 transitional//en\">"));
        assertFalse(DocumentOutline.isQuirksDoctype("<!doctype html public \"-//w3c//dtd html 4.01 transitional//en\" "
                + "\"http://www.w3.org/tr/html4/loose.dtd\">"));
        assertFalse(DocumentOutline.isQuirksDoctype("<!doctype html public \"-//w3c//dtd xhtml 1.0 strict//en\" "
                + "\"http://www.w3.org/tr/xhtml1/dtd/xhtml1-strict.dtd\">"));
    }

    @Test
    void duplicateIdsPointAtTheFirstUseAndIgnoreTemplateContent() {
        Document document = DocumentParser.parse("ids.html",
                "<p id=a>1</p><template id=t><p id=a>2</p></template><p id=a>3</p><p id=''>4</p><p id=''>5</p>");
        List<HtmlDefect> defects = DuplicateIds.find(document.markup());
        assertEquals(1, defects.size());
        assertEquals(3, defects.get(0).open().orElseThrow().range().start());
    }

    private static List<HtmlDefect> build(String html) {
        Document document = DocumentParser.parse("t.html", html);
        return TreeBuilder.build(document.source(), document.markup());
    }
}
