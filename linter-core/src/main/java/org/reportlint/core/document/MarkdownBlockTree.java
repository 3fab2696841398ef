package org.reportlint.core.document;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.reportlint.core.source.TextRange;

/**
 * Builds the block tree of a Markdown document with commonmark-java (CommonMark plus GFM tables), from the source
 * spans of its blocks and inlines.
 *
 * <p>Headings, paragraphs, lists, block quotes and tables map to their blocks; a list item's first paragraph is the
 * item's own text, as in {@code <li>text</li>}; fenced and indented code are code; thematic breaks are nothing.
 * YAML front matter is a front matter block, and its {@code title} the document's title. HTML blocks and inline HTML
 * are read by the HTML parser from the {@linkplain #markupSource markup source}, the document with everything else
 * blanked out, and the blocks of each HTML block take its place in the tree.
 */
final class MarkdownBlockTree {
    /** Immutable and thread-safe: commonmark keeps the state of a parse out of the parser. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final String source;
    private final MarkdownInlines inlines;
    private final LiteralAligner aligner;
    private final HtmlPlacement html;

    /**
     * A parsed Markdown document.
     *
     * @param root the block tree
     * @param markupSource the source with everything but its HTML replaced by spaces, line ends kept
     * @param html the DOM of that markup source and the parser's repairs
     */
    record Parsed(Block root, String markupSource, HtmlParse html) {
    }

    private MarkdownBlockTree(String source, HtmlPlacement html) {
        this.source = source;
        this.inlines = new MarkdownInlines(source);
        this.aligner = new LiteralAligner(source);
        this.html = html;
    }

    static Parsed parse(String source) {
        Optional<FrontMatter> front = FrontMatter.find(source);
        // Front matter is blanked rather than cut off, so that commonmark's offsets are offsets into the source.
        Node document = PARSER.parse(front.map(f -> blanked(source, f.range())).orElse(source));
        HtmlRanges ranges = new HtmlRanges();
        document.accept(ranges);
        String markupSource = ranges.mask(source);
        HtmlParse parsedHtml = ranges.any
                ? HtmlParse.of(markupSource) : new HtmlParse(org.jsoup.nodes.Document.createShell(""), List.of());
        MarkdownBlockTree tree = new MarkdownBlockTree(source, HtmlPlacement.of(parsedHtml, markupSource));
        Block.Builder root = Block.builder(BlockKind.DOCUMENT).range(0, source.length());
        front.ifPresent(f -> tree.frontMatter(f, root));
        tree.children(document, root);
        return new Parsed(root.build(), markupSource, parsedHtml);
    }

    private void frontMatter(FrontMatter front, Block.Builder root) {
        Block.Builder block = Block.builder(BlockKind.FRONT_MATTER).range(front.range().start(), front.range().end());
        TextRange content = front.content();
        if (content.end() > content.start()) {
            block.add(TextBlock.verbatim(BlockKind.FRONT_MATTER, slice(content), content.start()));
        }
        root.add(block);
        front.title().ifPresent(title -> root.add(Block.builder(BlockKind.TITLE).range(title.start(), title.end())
                .add(TextBlock.verbatim(BlockKind.TITLE, slice(title), title.start()))));
    }

    private void children(Node parent, Block.Builder target) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, target);
        }
    }

    private void block(Node node, Block.Builder target) {
        if (node instanceof Heading heading) {
            target.add(withText(ranged(BlockKind.HEADING, node).level(heading.getLevel()), node));
        } else if (node instanceof Paragraph) {
            target.add(withText(ranged(BlockKind.PARAGRAPH, node), node));
        } else if (node instanceof ListBlock) {
            Block.Builder list = ranged(BlockKind.LIST, node);
            children(node, list);
            target.add(list);
        } else if (node instanceof ListItem) {
            target.add(listItem(node));
        } else if (node instanceof BlockQuote) {
            Block.Builder quote = ranged(BlockKind.QUOTE, node);
            children(node, quote);
            target.add(quote);
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            target.add(code(node));
        } else if (node instanceof HtmlBlock) {
            TextRange range = range(node);
            html.placeInto(target, range.start(), range.end());
        } else if (node instanceof TableBlock) {
            target.add(table(node));
        } else if (!(node instanceof ThematicBreak)) {
            children(node, target);
        }
    }

    /** A list item whose first paragraph is its own text; what follows it (a nested list, more paragraphs) nests. */
    private Block.Builder listItem(Node node) {
        Block.Builder item = ranged(BlockKind.LIST_ITEM, node);
        Node rest = node.getFirstChild();
        if (rest instanceof Paragraph) {
            withText(item, rest);
            rest = rest.getNext();
        }
        for (; rest != null; rest = rest.getNext()) {
            block(rest, item);
        }
        return item;
    }

    private Block.Builder table(Node table) {
        Block.Builder block = ranged(BlockKind.TABLE, table);
        int row = 0;
        // The head and the body hold the rows; rows are numbered across both.
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node node = section.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof TableRow) {
                    block.add(tableRow(node, row++));
                }
            }
        }
        return block;
    }

    private Block.Builder tableRow(Node node, int row) {
        Block.Builder block = ranged(BlockKind.TABLE_ROW, node).row(row);
        int rowEnd = range(node).end();
        int column = 0;
        for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                Block.Builder cellBlock = cell.getSourceSpans().isEmpty()
                        ? Block.builder(BlockKind.TABLE_CELL).range(rowEnd, rowEnd) : ranged(BlockKind.TABLE_CELL, cell);
                cellBlock.cell(row, column++, tableCell.isHeader());
                block.add(withText(cellBlock, cell));
            }
        }
        return block;
    }

    /** A code block with its text, line ends as line breaks; prose rules never read it. */
    private Block.Builder code(Node node) {
        Block.Builder block = ranged(BlockKind.CODE, node);
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return block;
        }
        String literal = node instanceof FencedCodeBlock fenced
                ? fenced.getLiteral() : ((IndentedCodeBlock) node).getLiteral();
        if (literal.endsWith("\n")) {
            literal = literal.substring(0, literal.length() - 1);
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        // A fenced block's text starts on the line after its opening fence.
        int from = node instanceof FencedCodeBlock
                ? afterLine(first.getInputIndex() + first.getLength()) : first.getInputIndex();
        int to = afterLine(last.getInputIndex() + last.getLength());
        TextBlock.Builder text = TextBlock.builder(BlockKind.CODE, null);
        aligner.append(text, literal, from, to, LiteralAligner.Mode.CODE_BLOCK);
        if (text.hasVisibleText()) {
            block.add(text.build());
        }
        return block;
    }

    /** Adds the inline text of {@code node} to {@code block} when it shows anything. */
    private Block.Builder withText(Block.Builder block, Node node) {
        TextBlock.Builder text = TextBlock.builder(block.kind(), null);
        inlines.append(node, text, range(node).start());
        if (text.hasVisibleText()) {
            block.add(text.build());
        }
        return block;
    }

    private Block.Builder ranged(BlockKind kind, Node node) {
        Block.Builder block = Block.builder(kind);
        if (!node.getSourceSpans().isEmpty()) {
            TextRange range = range(node);
            block.range(range.start(), range.end());
        }
        return block;
    }

    private static TextRange range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new TextRange(0, 0);
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return new TextRange(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
    }

    /** The offset after the line end that follows {@code offset}. */
    private int afterLine(int offset) {
        int i = Math.min(offset, source.length());
        while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
            i++;
        }
        if (i < source.length() && source.charAt(i) == '\r') {
            i++;
        }
        if (i < source.length() && source.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    private String slice(TextRange range) {
        return source.substring(range.start(), range.end());
    }

    private static String blanked(String source, TextRange range) {
        char[] chars = source.toCharArray();
        for (int i = range.start(); i < range.end(); i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Collects the source spans of HTML blocks and inline HTML, and blanks out everything else. */
    private static final class HtmlRanges extends AbstractVisitor {
        private final BitSet html = new BitSet();
        private boolean any;

        @Override
        public void visit(HtmlBlock block) {
            mark(block);
        }

        @Override
        public void visit(HtmlInline inline) {
            mark(inline);
        }

        private void mark(Node node) {
            for (SourceSpan span : node.getSourceSpans()) {
                html.set(span.getInputIndex(), span.getInputIndex() + span.getLength());
                any = true;
            }
        }

        /** The source with every character outside HTML a space, line ends kept; same length as the source. */
        String mask(String source) {
            char[] chars = source.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (!html.get(i) && chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
            return new String(chars);
        }
    }
}
