package org.reportlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTreeTest {

    /** The tree as one line per block: kind, level or cell position, and own text, indented by depth. */
    private static List<String> outline(Document document) {
        List<String> lines = new ArrayList<>();
        outline(document.root(), 0, lines);
        return lines;
    }

    private static void outline(Block block, int depth, List<String> lines) {
        String position = switch (block.kind()) {
            case HEADING -> String.valueOf(block.level());
            case TABLE_ROW -> "r" + block.row();
            case TABLE_CELL -> "r" + block.row() + "c" + block.column() + (block.isHeader() ? "h" : "");
            default -> "";
        };
        String text = block.texts().isEmpty() ? "" : " " + block.ownText().strip();
        lines.add("  ".repeat(depth) + block.kind() + position + text);
        for (Block child : block.children()) {
            outline(child, depth + 1, lines);
        }
    }

    @Test
    void htmlBecomesTheTree() {
        Document document = DocumentParser.parse("a.html", "<title>T</title><h2>Head</h2><p>Para <b>bold</b></p>"
                + "<ul><li>one</li><li>two<ol><li>inner</li></ol>after</li></ul><blockquote>q</blockquote>"
                + "<div>box</div><pre>code $xxx</pre>");
        assertEquals(List.of("DOCUMENT", "  TITLE T", "  HEADING2 Head", "  PARAGRAPH Para bold", "  LIST",
                "    LIST_ITEM one", "    LIST_ITEM two after", "      LIST", "        LIST_ITEM inner",
                "  QUOTE q", "  SECTION box", "  CODE code $xxx"), outline(document));
    }

    @Test
    void tableCellsKnowTheirRowAndColumnAcrossSpans() {
        Document document = DocumentParser.parse("a.html", "<table><thead><tr><th colspan=2>Region</th>"
                + "<th>Share</th></tr></thead><tbody><tr><td>A</td><td>B</td><td>C</td></tr></tbody></table>");
        assertEquals(List.of("DOCUMENT", "  TABLE", "    TABLE_ROWr0", "      TABLE_CELLr0c0h Region",
                "      TABLE_CELLr0c2h Share", "    TABLE_ROWr1", "      TABLE_CELLr1c0 A", "      TABLE_CELLr1c1 B",
                "      TABLE_CELLr1c2 C"), outline(document));
    }

    @Test
    void codeIsNotProseAndInlineCodeIsMarked() {
        Document document = DocumentParser.parse("a.html", "<p>Use <code>{{name}}</code> here</p><pre>$xxx</pre>");
        assertEquals(1, document.blocks().size());
        TextBlock paragraph = document.blocks().get(0);
        assertEquals("Use {{name}} here", paragraph.text());
        assertTrue(paragraph.isCode(4, 12));
        assertFalse(paragraph.isCode(0, 4));
        assertFalse(paragraph.isCode(12, 17));
    }

    @Test
    void blocksHaveTheirSourceRangeAndParent() {
        String html = "<ul>\n<li>Acme Co.</li>\n</ul>";
        Document document = DocumentParser.parse("a.html", html);
        Block list = document.root().children().get(0);
        Block item = list.children().get(0);
        assertEquals(html, document.text(list.sourceRange()));
        assertEquals("<li>Acme Co.</li>", document.text(item.sourceRange()));
        assertEquals(list, item.parent().orElseThrow());
        assertEquals(document.root(), item.ancestor(BlockKind.DOCUMENT).orElseThrow());
        assertEquals(item, document.blocks().get(0).block());
    }

    @Test
    void lineBreaksAreMarkedOnlyWhereTheyBreakTheLine() {
        TextBlock html = DocumentParser.parse("a.html", "<p>one\ntwo<br>three</p>").blocks().get(0);
        assertEquals("one\ntwo\nthree", html.text());
        assertFalse(html.isLineBreak(3));
        assertTrue(html.isLineBreak(7));
        TextBlock text = DocumentParser.parse("a.txt", "one\r\ntwo").blocks().get(0);
        assertEquals("one\r\ntwo", text.text());
        assertTrue(text.isLineBreak(4));
        assertFalse(text.isLineBreak(3));
    }

    @Test
    void plainTextListsHeadingsAndParagraphs() {
        Document document = DocumentParser.parse("a.txt", "# Report\n\nIntro line\nwraps on.\n\n"
                + "Key players:\nAcme Technology Co.\nLtd.\nBeta Inc.\n\n- first\n- second\n\n1. one\n2) two\n");
        assertEquals(List.of("DOCUMENT", "  HEADING1 Report", "  PARAGRAPH Intro line\nwraps on.",
                "  PARAGRAPH Key players:", "  LIST", "    LIST_ITEM Acme Technology Co.", "    LIST_ITEM Ltd.",
                "    LIST_ITEM Beta Inc.", "  LIST", "    LIST_ITEM first", "    LIST_ITEM second", "  LIST",
                "    LIST_ITEM one", "    LIST_ITEM two"), outline(document));
        TextBlock ltd = document.blocks().stream().filter(b -> b.text().equals("Ltd.")).findFirst().orElseThrow();
        assertEquals("Ltd.", document.text(ltd.sourceRange()));
    }

    @Test
    void wrappedProseUnderAShortLineIsNotAList() {
        Document document = DocumentParser.parse("a.txt", "Market Overview\nThe market was valued at USD 4 billion\n"
                + "in 2023 and is expected to grow.\n");
        assertEquals(List.of("DOCUMENT", "  PARAGRAPH Market Overview\nThe market was valued at USD 4 billion\n"
                + "in 2023 and is expected to grow."), outline(document));
    }

    @Test
    void titleIsTheTitleElementElseTheFirstHeading() {
        assertEquals("T", DocumentParser.parse("a.html", "<title>T</title><h1>H</h1>").title().orElseThrow().text());
        assertEquals("H", DocumentParser.parse("a.html", "<p>p</p><h1>H</h1>").title().orElseThrow().text());
        assertTrue(DocumentParser.parse("a.txt", "just words").title().isEmpty());
    }

    @Test
    void cachedValuesAreComputedOnce() {
        Document document = DocumentParser.parse("a.txt", "words");
        int[] calls = {0};
        java.util.function.Function<Document, String> compute = d -> {
            calls[0]++;
            return d.source().toUpperCase();
        };
        assertEquals("WORDS", document.cached(String.class, compute));
        assertEquals("WORDS", document.cached(String.class, compute));
        assertEquals(1, calls[0]);
    }
}
