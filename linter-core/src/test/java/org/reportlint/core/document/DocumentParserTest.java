package org.reportlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.source.TextRange;

class DocumentParserTest {

    @Test
    void formatByExtensionThenByContent() {
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("a.HTM", "plain"));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("notes.md", "# Notes\n\n<p>x</p>"));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("page.txt", "intro <p>x</p>"));
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("page.txt", "a < b, 3 <4"));
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("<stdin>", "just words"));
    }

    @Test
    void titlesOfHeadAndBodyComeFirstInDocumentOrder() {
        // The body's titles (one inside an SVG icon the walk skips) are noted during the walk, not by a second pass.
        Document document = DocumentParser.parse("t.html", "<html><head><title>Head</title></head><body>"
                + "<p>Before</p><svg><title>Icon</title></svg><p>After</p></body></html>");
        List<String> titles = document.root().children().stream()
                .filter(b -> b.kind() == BlockKind.TITLE).map(Block::ownText).toList();
        assertEquals(List.of("Head", "Icon"), titles);
        assertEquals(BlockKind.TITLE, document.root().children().get(1).kind());
        assertEquals(BlockKind.PARAGRAPH, document.root().children().get(2).kind());
    }

    @Test
    void markdownLinesAndTagLinesDecideMostlyHtmlInOnePass() {
        String tagged = "<div>\n<p>one</p>\n  <p>two</p>\nplain\n";
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("r.txt", tagged));
        // A heading (up to three blanks in, one to six hashes and a blank) or a fence makes it Markdown.
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("r.md", tagged + "   ## Heading\n"));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("r.md", tagged + "~~~\ncode\n~~~\n"));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("r.md", tagged + "    ## indented\n"));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("r.md", tagged + "####### seven\n"));
        // Fewer than half the non-blank lines start with a tag.
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("r.md", "<div>\na\nb\nc\n<p>d</p>\n"));
    }

    @Test
    void markdownOrTextThatIsMostlyHtmlIsReadAsHtml() {
        String page = "<!-- generated -->\n\n<!DOCTYPE html>\n<html><body><h2>Title</h1>\nText</body></html>\n";
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("report.md", page));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("report.markdown", "\n<html>\n<p>x</p>\n</html>"));
        String fragment = "<div class=\"report\">\n<h2>Overview</h2>\n<p>The market\ngrew.</p>\n</div>\n";
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("report.md", fragment));
        assertEquals(DocumentFormat.HTML, DocumentFormat.detect("report.txt", fragment));
    }

    @Test
    void markdownWithSomeHtmlStaysMarkdown() {
        String table = "# Market\n\nIntro text.\n\n<table>\n<tr><td>a</td></tr>\n</table>\n\nMore text.\nAnd more.\n"
                + "Still more.\nLast line.\n";
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("report.md", table));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("report.md", "Line one<br>\nline two\n"));
        String leadingBlock = "<div align=\"center\">\n<img src=\"logo.png\">\n</div>\n\n# Report\n\nText one.\n\n"
                + "Text two.\n\n- item\n- item\n- item\n";
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("report.md", leadingBlock));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("report.md", "<span>inline</span> text\n"));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.detect("report.md",
                "<table>\n<tr><td>a</td></tr>\n</table>\n\n## Notes\n\nText.\n"));
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("notes.txt", "if a < b and b > c\nthen a < c\n"));
    }

    @Test
    void blocksOfHtmlWithKinds() {
        Document document = DocumentParser.parse("a.html",
                "<title>T</title><h1>Head</h1><p>Para <b>bold</b></p><ul><li>one</li><li>two</li></ul>"
                        + "<table><tr><td>cell</td></tr></table>loose");
        List<String> texts = document.blocks().stream().map(b -> b.kind() + ":" + b.text()).toList();
        assertEquals(List.of("TITLE:T", "HEADING:Head", "PARAGRAPH:Para bold", "LIST_ITEM:one", "LIST_ITEM:two",
                "TABLE_CELL:cell", "DOCUMENT:loose"), texts);
    }

    @Test
    void entitiesMapToTheirWholeSourceRange() {
        String html = "<p>A &amp; B &#36;xxx &nbsp;C</p>";
        TextBlock block = DocumentParser.parse("a.html", html).blocks().get(0);
        assertEquals("A & B $xxx \u00A0C", block.text());
        int amp = block.text().indexOf('&');
        assertEquals("&amp;", slice(html, block.sourceRange(amp, amp + 1)));
        int dollar = block.text().indexOf('$');
        assertEquals("&#36;xxx", slice(html, block.sourceRange(dollar, dollar + 4)));
        assertEquals("C", slice(html, block.sourceRange(block.text().length() - 1, block.text().length())));
    }

    @Test
    void everyCharacterMapsBackToItselfWhenThereAreNoEntities() {
        String html = "<div>\r\n  <p>line one\r\nline two</p>\n<p>x<br>y</p></div>";
        Document document = DocumentParser.parse("a.html", html);
        for (TextBlock block : document.blocks()) {
            for (int i = 0; i < block.text().length(); i++) {
                char c = block.text().charAt(i);
                String source = slice(html, block.sourceRange(i, i + 1));
                assertTrue(c == '\n' ? source.equals("\n") || source.equals("<br>") : source.equals(String.valueOf(c)),
                        "char " + i + " of " + block + " maps to " + source);
            }
        }
    }

    @Test
    void textStopsAtNestedBlocksAndResumesAfter() {
        Document document = DocumentParser.parse("a.html", "<div>before<p>inner</p>after</div>");
        assertEquals(List.of("before", "inner", "after"), document.blocks().stream().map(TextBlock::text).toList());
    }

    @Test
    void scriptsAndStylesAreNotText() {
        Document document = DocumentParser.parse("a.html", "<p>a</p><script>var x = '$xxx';</script><style>p{}</style>");
        assertEquals(List.of("a"), document.blocks().stream().map(TextBlock::text).toList());
    }

    @Test
    void plainTextParagraphsSplitAtBlankLines() {
        String text = "Title line\r\nsecond\r\n\r\n  \nLast para";
        Document document = DocumentParser.parse("notes.txt", text);
        assertEquals(DocumentFormat.TEXT, document.format());
        assertEquals(List.of("Title line\r\nsecond", "Last para"), document.blocks().stream().map(TextBlock::text).toList());
        TextBlock last = document.blocks().get(1);
        assertEquals("Last", slice(text, last.sourceRange(0, 4)));
    }

    @Test
    void plainTextHasOnlyItsCommentsAsMarkupAndNoHtmlToCheck() {
        // A tag past the part that decides the format leaves a .txt file plain text, tags and all.
        String prose = "Plain words in a long note. ".repeat(400);
        Document document = DocumentParser.parse("notes.txt", prose + "Write <b>bold</b> sparingly.\n"
                + "<!-- reportlint-disable-next-line placeholder -->\nA line.\n");
        assertEquals(DocumentFormat.TEXT, document.format());
        assertFalse(document.containsHtml());
        assertEquals(1, document.markup().size());
    }

    @Test
    void bytesAreDecodedAndParseIssuesKept() {
        Document document = DocumentParser.parse("a.html", "<p>x</h2>".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, document.parseIssues().size());
        assertEquals(9, document.parseIssues().get(0).offset());
    }

    @Test
    void blockCoveringFindsTheBlockOfARange() {
        String html = "<p>first para</p><ul><li>item one</li><li>item two</li></ul><p>last</p>";
        Document document = DocumentParser.parse("a.html", html);
        int two = html.indexOf("two");
        assertEquals("item two", document.blockCovering(new TextRange(two, two + 3)).orElseThrow().text());
        int first = html.indexOf("first");
        assertEquals("first para", document.blockCovering(new TextRange(first, first + 5)).orElseThrow().text());
        int tag = html.indexOf("<ul>");
        assertTrue(document.blockCovering(new TextRange(tag, tag + 4)).isEmpty());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String html = "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000);
        Document document = DocumentParser.parse("deep.html", html);
        assertEquals("deep", document.blocks().get(document.blocks().size() - 1).text());
    }

    @Test
    void plaintextIsShownAsWrittenSoItsReferencesMapToThemselves() {
        String html = "<p>a</p><plaintext>x &amp; $xxx\n&lt; 20XX</plaintext> &#36;";
        Document document = DocumentParser.parse("a.html", html);
        TextBlock block = document.blocks().get(document.blocks().size() - 1);
        assertEquals("x &amp; $xxx\n&lt; 20XX</plaintext> &#36;", block.text());
        for (String flagged : new String[] {"$xxx", "20XX", "&amp;", "&#36;"}) {
            int at = block.text().indexOf(flagged);
            assertEquals(flagged, slice(html, block.sourceRange(at, at + flagged.length())));
        }
    }

    @Test
    void anUnterminatedCdataSectionInSvgOrMathIsNotText() {
        for (String foreign : new String[] {"svg", "math"}) {
            String html = "<p>A &amp; $xxx</p><" + foreign + "><![CDATA[ <p>B &amp; 20XX</p>";
            Document document = DocumentParser.parse("a.html", html);
            assertEquals(List.of("A & $xxx"), document.blocks().stream().map(TextBlock::text).toList(), foreign);
            TextBlock block = document.blocks().get(0);
            int dollar = block.text().indexOf('$');
            assertEquals("$xxx", slice(html, block.sourceRange(dollar, dollar + 4)));
        }
    }

    private static String slice(String text, TextRange range) {
        return text.substring(range.start(), range.end());
    }
}
