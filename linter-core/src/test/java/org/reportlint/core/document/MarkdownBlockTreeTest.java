package org.reportlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.reportlint.core.source.TextRange;

class MarkdownBlockTreeTest {

    private static Document markdown(String source) {
        Document document = DocumentParser.parse("report.md", source);
        assertEquals(DocumentFormat.MARKDOWN, document.format());
        return document;
    }

    /** The tree as one line per block: kind, level or cell position, HTML element and own text, by depth. */
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
        String element = block.element().map(e -> "<" + e.normalName() + ">").orElse("");
        String text = block.texts().isEmpty() ? "" : " " + block.ownText().strip().replace("\n", "/");
        lines.add("  ".repeat(depth) + block.kind() + position + element + text);
        for (Block child : block.children()) {
            outline(child, depth + 1, lines);
        }
    }

    /** The source of text characters {@code [start, end)} of {@code block}. */
    private static String sourceOf(Document document, TextBlock block, int start, int end) {
        return document.text(block.sourceRange(start, end));
    }

    private static TextBlock textContaining(Document document, String needle) {
        return document.blocks().stream().filter(b -> b.text().contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no text block contains " + needle + ": " + document.blocks()));
    }

    /** The source that the first occurrence of {@code needle} in the document's text was written as. */
    private static String writtenAs(Document document, String needle) {
        TextBlock block = textContaining(document, needle);
        int at = block.text().indexOf(needle);
        return sourceOf(document, block, at, at + needle.length());
    }

    /**
     * Every text character maps to source that shows it: itself, an escape of it, an entity for it, a line end or a
     * hard line break.
     */
    private static void assertEveryCharacterMapsToItsSource(Document document) {
        for (Block block : allBlocks(document)) {
            for (TextBlock text : block.texts()) {
                for (int i = 0; i < text.text().length(); i++) {
                    char c = text.text().charAt(i);
                    String source = sourceOf(document, text, i, i + 1);
                    boolean shows = source.equals(String.valueOf(c))
                            || source.equals("\\" + c)
                            || source.startsWith("&") && Parser.unescapeEntities(source, false).indexOf(c) >= 0
                            || c == '\n' && (source.matches("\\r?\\n|\\r") || text.isLineBreak(i)
                                    && source.matches("(?i)( {2,}|\\\\)?\\r?\\n|<br\\s*/?>"))
                            || c == ' ' && text.isCode(i, i + 1) && source.matches("\\r?\\n");
                    assertTrue(shows, "char " + i + " '" + c + "' of " + text + " maps to \"" + source + "\"");
                }
            }
        }
    }

    private static List<Block> allBlocks(Document document) {
        List<Block> blocks = new ArrayList<>();
        document.root().visit(blocks::add);
        return blocks;
    }

    @Test
    void blocksOfMarkdownMapToTheTree() {
        Document document = markdown("""
                # Cold Chain Market

                Intro *with* emphasis.

                ## Key players

                - Acme Co.
                - Beta Ltd.
                  - nested item
                1. first
                2. second

                > quoted text

                | Company | Share |
                |---------|------:|
                | Acme    | 12%   |
                | Beta    |       |

                ---

                ```
                code $xxx
                ```

                    indented $xxx
                """);
        assertEquals(List.of("DOCUMENT",
                "  HEADING1 Cold Chain Market",
                "  PARAGRAPH Intro with emphasis.",
                "  HEADING2 Key players",
                "  LIST",
                "    LIST_ITEM Acme Co.",
                "    LIST_ITEM Beta Ltd.",
                "      LIST",
                "        LIST_ITEM nested item",
                "  LIST",
                "    LIST_ITEM first",
                "    LIST_ITEM second",
                "  QUOTE",
                "    PARAGRAPH quoted text",
                "  TABLE",
                "    TABLE_ROWr0",
                "      TABLE_CELLr0c0h Company",
                "      TABLE_CELLr0c1h Share",
                "    TABLE_ROWr1",
                "      TABLE_CELLr1c0 Acme",
                "      TABLE_CELLr1c1 12%",
                "    TABLE_ROWr2",
                "      TABLE_CELLr2c0 Beta",
                "      TABLE_CELLr2c1",
                "  CODE code $xxx",
                "  CODE indented $xxx"), outline(document));
        assertFalse(document.blocks().stream().anyMatch(b -> b.text().contains("$xxx")), "code is not prose");
        assertEquals("Cold Chain Market", document.title().orElseThrow().text());
        assertEveryCharacterMapsToItsSource(document);
    }

    @Test
    void markupIsGoneFromTheTextButNotFromTheOffsets() {
        String source = "Sales of **$XX.X billion** and _XX%_ per [Company Name](https://example.com \"t\"), "
                + "\\*not emphasis\\*, AT&amp;T &#36;xxx &copy; and `{{ code }}`.\n";
        Document document = markdown(source);
        TextBlock block = document.blocks().get(0);
        assertEquals("Sales of $XX.X billion and XX% per Company Name, *not emphasis*, AT&T $xxx \u00A9 and "
                + "{{ code }}.", block.text());
        assertEquals("$XX.X billion", writtenAs(document, "$XX.X billion"));
        assertEquals("XX%", writtenAs(document, "XX%"));
        assertEquals("Company Name", writtenAs(document, "Company Name"));
        assertEquals("\\*not emphasis\\*", writtenAs(document, "*not emphasis*"));
        assertEquals("&amp;", writtenAs(document, "&"));
        assertEquals("&#36;xxx", writtenAs(document, "$xxx"));
        assertEquals("&copy;", writtenAs(document, "\u00A9"));
        assertEquals("{{ code }}", writtenAs(document, "{{ code }}"));
        int code = block.text().indexOf("{{");
        assertTrue(block.isCode(code, code + 2));
        assertFalse(block.isCode(0, block.text().indexOf("{{")));
        assertEveryCharacterMapsToItsSource(document);
    }

    @Test
    void softBreaksAreNewlinesButNotLineBreaks() {
        Document document = markdown("wrapped\nline  \nhard\\\nbreak <br> tag\n");
        TextBlock block = document.blocks().get(0);
        assertEquals("wrapped\nline\nhard\nbreak \n tag", block.text());
        String text = block.text();
        assertFalse(block.isLineBreak(text.indexOf('\n')), "a soft break only wraps the line");
        int hard = text.indexOf('\n', text.indexOf("line"));
        assertTrue(block.isLineBreak(hard));
        assertEquals("  \n", sourceOf(document, block, hard, hard + 1));
        int backslash = text.indexOf('\n', text.indexOf("hard"));
        assertTrue(block.isLineBreak(backslash));
        assertEquals("\\\n", sourceOf(document, block, backslash, backslash + 1));
        int br = text.indexOf('\n', text.indexOf("break"));
        assertTrue(block.isLineBreak(br));
        assertEquals("<br>", sourceOf(document, block, br, br + 1));
    }

    @Test
    void tableCellsMapExactly() {
        String source = "| Company | Value |\n|---|---|\n| **Acme** Co. | USD XX `x` |\n| Ltd\\. | 4 |\n";
        Document document = markdown(source);
        assertEquals("Acme** Co.", writtenAs(document, "Acme Co."));
        assertEquals("USD XX", writtenAs(document, "USD XX"));
        assertEquals("Ltd\\.", writtenAs(document, "Ltd."));
        TextBlock cell = textContaining(document, "Ltd.");
        assertEquals(BlockKind.TABLE_CELL, cell.kind());
        assertEquals(2, cell.block().row());
        assertEquals(0, cell.block().column());
        assertEveryCharacterMapsToItsSource(document);
    }

    @Test
    void crlfKeepsExactOffsets() {
        String source = "# Title\r\n\r\nFirst *line*\r\nwraps  \r\nand breaks.\r\n\r\n- Acme Co.\r\n- Ltd.\r\n\r\n"
                + "| A |\r\n|---|\r\n| $xxx |\r\n\r\n```\r\n$yyy\r\n```\r\n";
        Document document = markdown(source);
        TextBlock paragraph = textContaining(document, "First");
        assertEquals("First line\nwraps\nand breaks.", paragraph.text());
        int soft = paragraph.text().indexOf('\n');
        assertEquals("\r\n", sourceOf(document, paragraph, soft, soft + 1));
        int hard = paragraph.text().lastIndexOf('\n');
        assertEquals("  \r\n", sourceOf(document, paragraph, hard, hard + 1));
        assertEquals("Ltd.", writtenAs(document, "Ltd."));
        assertEquals("$xxx", writtenAs(document, "$xxx"));
        assertEquals(source.indexOf("$xxx"), textContaining(document, "$xxx").sourceRange().start());
        assertEveryCharacterMapsToItsSource(document);
    }

    @Test
    void frontMatterIsNotProseButItsTitleIsTheTitle() {
        String source = "---\ntitle: \"Cold Chain Market: XX% growth\"\nauthor: $xxx\n---\n\n# Heading\n\nText.\n";
        Document document = markdown(source);
        assertEquals(List.of("DOCUMENT", "  FRONT_MATTER title: \"Cold Chain Market: XX% growth\"/author: $xxx",
                "  TITLE Cold Chain Market: XX% growth", "  HEADING1 Heading", "  PARAGRAPH Text."), outline(document));
        TextBlock title = document.title().orElseThrow();
        assertEquals(BlockKind.TITLE, title.kind());
        assertEquals("Cold Chain Market: XX% growth", document.text(title.sourceRange()));
        assertEquals(source.indexOf("Cold"), title.sourceRange().start());
        assertFalse(document.blocks().stream().anyMatch(b -> b.text().contains("author")));

        Document unquoted = markdown("---\r\ntitle: Plain Title\r\n...\r\nBody\r\n");
        assertEquals("Plain Title", unquoted.title().orElseThrow().text());
        assertEquals("Plain Title", unquoted.text(unquoted.title().orElseThrow().sourceRange()));
    }

    @Test
    void aLeadingThematicBreakIsNotFrontMatter() {
        Document document = markdown("---\n\nSome text\n\n---\n\nMore text\n");
        assertEquals(List.of("DOCUMENT", "  PARAGRAPH Some text", "  PARAGRAPH More text"), outline(document));
    }

    @Test
    void htmlBlocksTakeTheirPlaceInTheTree() {
        String source = "Intro.\n\n<ul>\n<li>Acme Co.</li>\n<li>Ltd.</li>\n</ul>\n\nMiddle.\n\n"
                + "- item\n\n  <div>inside &amp; item</div>\n\nEnd.\n";
        Document document = markdown(source);
        assertEquals(List.of("DOCUMENT",
                "  PARAGRAPH Intro.",
                "  LIST<ul>",
                "    LIST_ITEM<li> Acme Co.",
                "    LIST_ITEM<li> Ltd.",
                "  PARAGRAPH Middle.",
                "  LIST",
                "    LIST_ITEM item",
                "      SECTION<div> inside & item",
                "  PARAGRAPH End."), outline(document));
        TextBlock ltd = textContaining(document, "Ltd.");
        assertEquals("li", ltd.element().orElseThrow().normalName());
        assertEquals(source.indexOf("Ltd."), ltd.sourceRange().start());
        assertEquals("&amp;", writtenAs(document, "&"));
        assertEquals(BlockKind.SECTION, textContaining(document, "inside").kind());
    }

    @Test
    void markupSourceShowsOnlyTheHtml() {
        String source = "# Title **x**\n\n<h2>Overview</h1>\n\nText <b>bold</b> and `<i>code</i>`.\n\n"
                + "```\n<!-- reportlint-disable placeholder -->\n```\n\n<!-- reportlint-disable split-name -->\n";
        Document document = markdown(source);
        String masked = document.markupSource();
        assertEquals(source.length(), masked.length());
        assertEquals("<h2>Overview</h1>", masked.substring(source.indexOf("<h2>"), source.indexOf("</h1>") + 5));
        assertEquals("<b>", masked.substring(source.indexOf("<b>"), source.indexOf("<b>") + 3));
        assertTrue(masked.substring(0, source.indexOf("<h2>")).isBlank());
        assertFalse(masked.contains("code"), "code spans are not HTML");
        assertFalse(masked.contains("placeholder"), "a comment in a code block is code");
        assertEquals(source.chars().filter(c -> c == '\n').count(), masked.chars().filter(c -> c == '\n').count());
        assertTrue(document.containsHtml());
        List<MarkupToken> comments = document.markup().stream()
                .filter(t -> t.kind() == MarkupToken.Kind.COMMENT).toList();
        assertEquals(1, comments.size());
        assertEquals(source.indexOf("<!-- reportlint-disable split"), comments.get(0).range().start());
        assertEquals(source.indexOf("<h2>"), document.dom().selectFirst("h2").sourceRange().startPos());
        assertFalse(document.parseIssues().isEmpty(), "</h1> does not close the h2");
        assertEquals("Overview", textContaining(document, "Overview").text());
    }

    @Test
    void suppressionCommentsCountOutsideCodeOnly() {
        String source = "<!-- reportlint-disable-next-line placeholder -->\nTBD here.\n\n"
                + "```\n<!-- reportlint-disable split-name -->\n```\n\n    <!-- reportlint-disable mojibake -->\n\n"
                + "Inline `<!-- reportlint-disable-file placeholder -->` is code.\n";
        List<org.reportlint.core.suppress.Directive> directives =
                org.reportlint.core.suppress.DirectiveParser.parse(markdown(source));
        assertEquals(1, directives.size());
        assertEquals(List.of("placeholder"), directives.get(0).rules());
        assertEquals(1, directives.get(0).line());
    }

    @Test
    void markdownWithoutHtmlHasNoMarkupToCheck() {
        Document document = markdown("Just *text* with a < b and <!-- a note -->.\n");
        assertFalse(document.containsHtml());
        assertEquals(1, document.markup().size());
    }

    @Test
    void inlineHtmlCodeIsMarkedAsCode() {
        Document document = markdown("Write <code>{{ name }}</code> or <kbd>$xxx</kbd> here.\n");
        TextBlock block = document.blocks().get(0);
        assertEquals("Write {{ name }} or $xxx here.", block.text());
        int name = block.text().indexOf("{{");
        assertTrue(block.isCode(name, name + 2));
        int dollar = block.text().indexOf('$');
        assertTrue(block.isCode(dollar, dollar + 1));
        assertFalse(block.isCode(0, 5));
    }

    @Test
    void imageAltTextIsTextOfItsParagraph() {
        Document document = markdown("![Chart of XX% share](chart.png \"title\") below.\n");
        assertEquals("Chart of XX% share below.", document.blocks().get(0).text());
        assertEquals("XX%", writtenAs(document, "XX%"));
    }

    @Test
    void deepNestingIsSafe() {
        String source = "> ".repeat(5_000) + "deep\n\n" + "- ".repeat(5_000) + "item\n\n" + "*".repeat(10_000) + "x"
                + "*".repeat(10_000) + "\n";
        Document document = markdown(source);
        assertTrue(document.blocks().stream().anyMatch(b -> b.text().contains("deep")));
    }

    @Test
    void emptyAndBlankInputs() {
        assertEquals(List.of("DOCUMENT"), outline(markdown("")));
        assertEquals(List.of("DOCUMENT"), outline(markdown("\r\n  \n")));
        assertEquals(List.of("DOCUMENT", "  PARAGRAPH title: x"), outline(markdown("---\ntitle: x\n")),
                "front matter that never closes is Markdown");
        Document onlyFrontMatter = markdown("---\ntitle: x\n---\n");
        assertEquals(new TextRange(0, onlyFrontMatter.source().length()), onlyFrontMatter.root().sourceRange());
        assertEquals("x", onlyFrontMatter.title().orElseThrow().text());
    }
}
