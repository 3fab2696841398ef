package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Collects the text blocks of a parsed HTML document in one walk, mapping every character to its source range.
 *
 * <p>A block element starts a new block; the text of a block stops where a nested block starts and resumes, as a
 * new block, after it. Text outside any block element belongs to an {@link BlockKind#OTHER} block.
 */
final class HtmlTextBlocks {
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head", "svg", "math");
    private static final Set<String> BLOCKS = Set.of(
            "html", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "caption",
            "blockquote", "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure",
            "figcaption", "pre", "address", "summary", "details", "legend", "fieldset", "form", "table", "thead",
            "tbody", "tfoot", "tr", "ul", "ol", "dl", "hr", "option", "select", "center", "title");

    private final String source;
    private final List<TextBlock> blocks = new ArrayList<>();

    private HtmlTextBlocks(String source) {
        this.source = source;
    }

    static List<TextBlock> of(org.jsoup.nodes.Document dom, String source) {
        HtmlTextBlocks collector = new HtmlTextBlocks(source);
        dom.getElementsByTag("title").forEach(title -> collector.walk(title, null));
        collector.walk(dom.body() == null ? dom : dom.body(), null);
        return List.copyOf(collector.blocks);
    }

    /** Walks a subtree, filling {@code current} with inline text; returns the builder that should receive what follows. */
    private Builder walk(Node node, Builder current) {
        if (node instanceof TextNode text) {
            current = current == null ? new Builder(enclosingBlock(node)) : current;
            current.append(text);
            return current;
        }
        if (!(node instanceof Element element)) {
            return current;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag) && !tag.equals("title")) {
            return current;
        }
        if (tag.equals("br")) {
            current = current == null ? new Builder(enclosingBlock(node)) : current;
            current.appendBreak(element);
            return current;
        }
        boolean block = BLOCKS.contains(tag) || element instanceof org.jsoup.nodes.Document;
        if (block) {
            flush(current);
            current = new Builder(element);
        }
        for (Node child : element.childNodes()) {
            current = walk(child, current);
        }
        if (block) {
            flush(current);
            return null;
        }
        return current;
    }

    private void flush(Builder builder) {
        if (builder != null && builder.hasVisibleText()) {
            blocks.add(builder.build());
        }
    }

    private static Element enclosingBlock(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && BLOCKS.contains(e.normalName())) {
                return e;
            }
        }
        return null;
    }

    private static BlockKind kindOf(Element element) {
        if (element == null) {
            return BlockKind.OTHER;
        }
        return switch (element.normalName()) {
            case "title" -> BlockKind.TITLE;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "p" -> BlockKind.PARAGRAPH;
            case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
            case "td", "th" -> BlockKind.TABLE_CELL;
            default -> BlockKind.OTHER;
        };
    }

    /** Accumulates one block's text and its offset map. */
    private final class Builder {
        private final Element element;
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[64];
        private int[] ends = new int[64];

        Builder(Element element) {
            this.element = element;
        }

        void appendBreak(Element br) {
            if (br.sourceRange().isTracked()) {
                add('\n', br.sourceRange().startPos(), br.sourceRange().endPos());
            }
        }

        void append(TextNode node) {
            String decoded = node.getWholeText();
            if (decoded.isEmpty()) {
                return;
            }
            if (!node.sourceRange().isTracked()) {
                return;
            }
            int rawStart = node.sourceRange().startPos();
            int rawEnd = Math.min(node.sourceRange().endPos(), source.length());
            align(decoded, rawStart, rawEnd);
        }

        /** Maps each decoded character onto the raw source, consuming entity references and dropped carriage returns. */
        private void align(String decoded, int rawStart, int rawEnd) {
            int raw = rawStart;
            int i = 0;
            while (i < decoded.length()) {
                char c = decoded.charAt(i);
                if (raw < rawEnd && source.charAt(raw) == '\r' && c != '\r') {
                    raw++;
                    continue;
                }
                if (raw < rawEnd && source.charAt(raw) == c && c != '&') {
                    add(c, raw, raw + 1);
                    raw++;
                    i++;
                    continue;
                }
                if (raw < rawEnd && source.charAt(raw) == '&') {
                    int end = entityEnd(raw, rawEnd);
                    String value = end > raw + 1 ? Parser.unescapeEntities(source.substring(raw, end), false) : "&";
                    if (end > raw + 1 && decoded.startsWith(value, i) && !value.equals(source.substring(raw, end))) {
                        for (int k = 0; k < value.length(); k++) {
                            add(value.charAt(k), raw, end);
                        }
                        i += value.length();
                        raw = end;
                        continue;
                    }
                    if (c == '&') {
                        add(c, raw, raw + 1);
                        raw++;
                        i++;
                        continue;
                    }
                }
                // The decoded text and the source disagree in a way we cannot explain: keep positions close.
                int at = Math.min(raw, rawEnd);
                add(c, Math.max(rawStart, Math.min(at, rawEnd - 1)), Math.max(rawStart + 1, Math.min(at + 1, rawEnd)));
                if (raw < rawEnd) {
                    raw++;
                }
                i++;
            }
        }

        private int entityEnd(int amp, int limit) {
            int i = amp + 1;
            int max = Math.min(limit, amp + 40);
            if (i < max && source.charAt(i) == '#') {
                i++;
                if (i < max && (source.charAt(i) == 'x' || source.charAt(i) == 'X')) {
                    i++;
                }
            }
            while (i < max && Character.isLetterOrDigit(source.charAt(i))) {
                i++;
            }
            if (i < max && source.charAt(i) == ';') {
                i++;
            }
            return i;
        }

        private void add(char c, int start, int end) {
            int n = text.length();
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            text.append(c);
            starts[n] = start;
            ends[n] = end;
        }

        boolean hasVisibleText() {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                    return true;
                }
            }
            return false;
        }

        TextBlock build() {
            int n = text.length();
            return new TextBlock(kindOf(element), element, text.toString(),
                    java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
        }
    }
}
