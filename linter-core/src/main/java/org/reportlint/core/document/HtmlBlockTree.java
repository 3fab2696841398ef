package org.reportlint.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Builds the block tree of a parsed HTML DOM in one walk, mapping every character of text to its source range.
 *
 * <p>A block element starts a new block; the text of a block stops where a nested block starts and resumes, as a
 * new text block of the same block, after it. {@code <pre>} is code; {@code <code>}, {@code <kbd>}, {@code <samp>}
 * and {@code <tt>} are inline code. The same walk serves HTML inside Markdown, whose DOM is parsed from the source
 * with everything but the HTML blanked out, so offsets need no shifting.
 */
final class HtmlBlockTree {
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head", "svg", "math");
    /** Elements that end the text before them but are not blocks of their own in the tree. */
    private static final Set<String> TRANSPARENT = Set.of("html", "body", "thead", "tbody", "tfoot");
    private static final Set<String> INLINE_CODE = Set.of("code", "kbd", "samp", "tt");
    /** Elements whose text a browser shows as written: character references in them are not decoded. */
    private static final Set<String> LITERAL_TEXT = Set.of("plaintext", "xmp", "iframe", "noembed", "noframes");
    private static final Map<String, BlockKind> KINDS = Map.ofEntries(
            Map.entry("title", BlockKind.TITLE),
            Map.entry("p", BlockKind.PARAGRAPH),
            Map.entry("ul", BlockKind.LIST), Map.entry("ol", BlockKind.LIST), Map.entry("dl", BlockKind.LIST),
            Map.entry("menu", BlockKind.LIST),
            Map.entry("li", BlockKind.LIST_ITEM), Map.entry("dt", BlockKind.LIST_ITEM),
            Map.entry("dd", BlockKind.LIST_ITEM),
            Map.entry("table", BlockKind.TABLE), Map.entry("tr", BlockKind.TABLE_ROW),
            Map.entry("td", BlockKind.TABLE_CELL), Map.entry("th", BlockKind.TABLE_CELL),
            Map.entry("blockquote", BlockKind.QUOTE), Map.entry("pre", BlockKind.CODE));
    private static final Set<String> SECTIONS = Set.of(
            "caption", "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure",
            "figcaption", "address", "summary", "details", "legend", "fieldset", "form", "hr", "option", "select",
            "center");

    /** What a tag is to the walk, as bits: one map lookup per element instead of a probe of every set above. */
    private static final int SKIP = 1;
    private static final int PASS_THROUGH = 2;
    private static final int CODE = 4;
    private static final int LITERAL = 8;
    /** A block, a section, a transparent element or a heading: what a text block names as its element. */
    private static final int ENCLOSING = 16;
    private static final Map<String, Integer> FLAGS = flags();

    private final String source;
    /** Row and next-column counters of the tables being walked, innermost first. */
    private final Deque<int[]> tables = new ArrayDeque<>();
    /** The {@code <title>} elements of the body in document order, while the body is walked; else null. */
    private List<Element> titles;

    private HtmlBlockTree(String source) {
        this.source = source;
    }

    /** Adds the blocks of {@code dom} (its title, then its body) to {@code root}. */
    static void build(org.jsoup.nodes.Document dom, String source, Block.Builder root) {
        HtmlBlockTree tree = new HtmlBlockTree(source);
        Element body = dom.body() == null ? dom : dom.body();
        // Every <title> of the DOM comes first, in document order: those outside the body are looked up (the head
        // is small), those in the body are noted by the walk itself instead of by a second pass over the whole DOM.
        List<Element> outside = new ArrayList<>();
        int bodyAt = body == dom ? 0 : titlesOutside(dom, body, outside);
        tree.titles = new ArrayList<>();
        tree.walk(body, root, null);
        List<Element> titles = new ArrayList<>(outside.subList(0, bodyAt));
        titles.addAll(tree.titles);
        titles.addAll(outside.subList(bodyAt, outside.size()));
        tree.titles = null;
        if (!titles.isEmpty()) {
            // Walking a title touches no table counter (they are balanced within any element), so walking the titles
            // after the body builds exactly what walking them first would.
            Block.Builder first = Block.builder(BlockKind.DOCUMENT);
            for (Element title : titles) {
                tree.walk(title, first, null);
            }
            root.insertParts(0, first.parts());
        }
    }

    /**
     * Adds the {@code <title>} elements of {@code parent}'s subtree outside {@code body} to {@code out} in document
     * order; returns how many of them come before the body (all, if the body is not in this subtree).
     */
    private static int titlesOutside(Element parent, Element body, List<Element> out) {
        int bodyAt = -1;
        for (Element child : parent.children()) {
            if (child == body) {
                bodyAt = out.size();
            } else if (isAncestor(child, body)) {
                if (child.normalName().equals("title")) {
                    out.add(child);
                }
                bodyAt = titlesOutside(child, body, out);
            } else {
                out.addAll(child.getElementsByTag("title"));
            }
        }
        return bodyAt < 0 ? out.size() : bodyAt;
    }

    private static boolean isAncestor(Element element, Element of) {
        for (Element e = of.parent(); e != null; e = e.parent()) {
            if (e == element) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks a subtree inside block {@code node}, filling {@code current} with inline text; returns the text builder
     * that should receive what follows.
     */
    private TextBlock.Builder walk(Node node, Block.Builder block, TextBlock.Builder current) {
        if (node instanceof TextNode text) {
            current = current == null ? TextBlock.builder(block.kind(), enclosingElement(node)) : current;
            append(current, text);
            return current;
        }
        if (!(node instanceof Element element)) {
            return current;
        }
        String tag = element.normalName();
        int flags = flagsOf(tag);
        if ((flags & SKIP) != 0) {
            if (titles != null) {
                // An SVG icon's <title> is still a title of the DOM, though its text is not walked here.
                titles.addAll(element.getElementsByTag("title"));
            }
            return current;
        }
        if (titles != null && tag.equals("title")) {
            titles.add(element);
        }
        if (tag.equals("br")) {
            current = current == null ? TextBlock.builder(block.kind(), enclosingElement(node)) : current;
            // jsoup builds a new Range on every sourceRange() call: read it once.
            Range range = element.sourceRange();
            if (range.isTracked()) {
                current.addLineBreak(range.startPos(), range.endPos());
            }
            return current;
        }
        boolean transparent = (flags & PASS_THROUGH) != 0 || element instanceof org.jsoup.nodes.Document;
        Block.Builder child = transparent ? null : blockFor(element);
        if (transparent || child != null) {
            flush(current, block);
            Block.Builder inner = child == null ? block : child;
            TextBlock.Builder text = null;
            for (Node n : element.childNodes()) {
                text = walk(n, inner, text);
            }
            flush(text, inner);
            if (child != null) {
                finish(element, child);
                block.add(child);
            }
            return null;
        }
        boolean code = (flags & CODE) != 0;
        if (code) {
            current = current == null ? TextBlock.builder(block.kind(), enclosingElement(node)) : current;
            current.startCode();
        }
        TextBlock.Builder started = current;
        for (Node n : element.childNodes()) {
            current = walk(n, block, current);
        }
        if (code && current == started) {
            current.endCode();
        }
        return current;
    }

    /** The tree node an element starts, or null for an inline element. */
    private Block.Builder blockFor(Element element) {
        String tag = element.normalName();
        BlockKind kind = KINDS.get(tag);
        if (kind == null && isHeading(tag)) {
            return Block.builder(BlockKind.HEADING).level(tag.charAt(1) - '0').element(element);
        }
        if (kind == null) {
            return SECTIONS.contains(tag) ? Block.builder(BlockKind.SECTION).element(element) : null;
        }
        Block.Builder builder = Block.builder(kind).element(element);
        switch (kind) {
            case TABLE -> tables.push(new int[] {-1, 0});
            case TABLE_ROW -> {
                int[] table = tables.peek();
                if (table != null) {
                    table[0]++;
                    table[1] = 0;
                    builder.row(table[0]);
                }
            }
            case TABLE_CELL -> {
                int[] table = tables.peek();
                if (table != null) {
                    builder.cell(Math.max(0, table[0]), table[1], tag.equals("th"));
                    table[1] += Math.max(1, Math.min(1000, parseSpan(element.attr("colspan"))));
                }
            }
            default -> {
            }
        }
        return builder;
    }

    private void finish(Element element, Block.Builder block) {
        if (block.kind() == BlockKind.TABLE) {
            tables.pop();
        }
        Range range = element.sourceRange();
        if (range.isTracked()) {
            Range endRange = element.endSourceRange();
            block.start(range.startPos());
            block.end(endRange.isTracked() ? endRange.endPos() : range.endPos());
        }
    }

    private static int flagsOf(String tag) {
        Integer flags = FLAGS.get(tag);
        return flags == null ? 0 : flags;
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> flags = new HashMap<>();
        SKIPPED.forEach(tag -> flags.merge(tag, SKIP, (a, b) -> a | b));
        TRANSPARENT.forEach(tag -> flags.merge(tag, PASS_THROUGH | ENCLOSING, (a, b) -> a | b));
        INLINE_CODE.forEach(tag -> flags.merge(tag, CODE, (a, b) -> a | b));
        LITERAL_TEXT.forEach(tag -> flags.merge(tag, LITERAL, (a, b) -> a | b));
        KINDS.keySet().forEach(tag -> flags.merge(tag, ENCLOSING, (a, b) -> a | b));
        SECTIONS.forEach(tag -> flags.merge(tag, ENCLOSING, (a, b) -> a | b));
        for (char level = '1'; level <= '6'; level++) {
            flags.merge("h" + level, ENCLOSING, (a, b) -> a | b);
        }
        return Map.copyOf(flags);
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static int parseSpan(String value) {
        if (value.isEmpty()) {
            // No colspan, the usual case: not a number, without the cost of throwing that it is not.
            return 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static void flush(TextBlock.Builder text, Block.Builder block) {
        if (text != null && text.hasVisibleText()) {
            block.add(text.build());
        }
    }

    /** The nearest enclosing element that is a block, so that a text block knows the element it is the text of. */
    private static Element enclosingElement(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && (flagsOf(e.normalName()) & ENCLOSING) != 0) {
                return e;
            }
        }
        return null;
    }

    private void append(TextBlock.Builder builder, TextNode node) {
        String decoded = node.getWholeText();
        if (decoded.isEmpty()) {
            return;
        }
        Range range = node.sourceRange();
        if (!range.isTracked()) {
            return;
        }
        int rawStart = range.startPos();
        int rawEnd = Math.min(range.endPos(), source.length());
        Element parent = node.parent();
        boolean literal = parent != null && (flagsOf(parent.normalName()) & LITERAL) != 0;
        align(builder, decoded, rawStart, rawEnd, !literal);
    }

    /**
     * Maps each decoded character onto the raw source, consuming entity references (where {@code decodesEntities})
     * and dropped carriage returns. In literal text {@code &amp;} is five characters, even where the text goes on
     * with what the reference would decode to.
     */
    private void align(TextBlock.Builder builder, String decoded, int rawStart, int rawEnd, boolean decodesEntities) {
        int raw = rawStart;
        int i = 0;
        while (i < decoded.length()) {
            char c = decoded.charAt(i);
            if (raw < rawEnd && source.charAt(raw) == '\r' && c != '\r') {
                raw++;
                continue;
            }
            if (raw < rawEnd && source.charAt(raw) == c && (c != '&' || !decodesEntities)) {
                // A stretch written as it reads, usually the whole text: appended at once, as one source run.
                int from = i;
                int rawFrom = raw;
                do {
                    raw++;
                    i++;
                } while (i < decoded.length() && raw < rawEnd && source.charAt(raw) == decoded.charAt(i)
                        && (decoded.charAt(i) != '&' || !decodesEntities));
                builder.addVerbatim(decoded, from, i, rawFrom);
                continue;
            }
            if (decodesEntities && raw < rawEnd && source.charAt(raw) == '&') {
                int end = entityEnd(raw, rawEnd);
                String value = end > raw + 1 ? Parser.unescapeEntities(source.substring(raw, end), false) : "&";
                if (end > raw + 1 && decoded.startsWith(value, i) && !value.equals(source.substring(raw, end))) {
                    for (int k = 0; k < value.length(); k++) {
                        builder.add(value.charAt(k), raw, end);
                    }
                    i += value.length();
                    raw = end;
                    continue;
                }
                if (c == '&') {
                    builder.add(c, raw, raw + 1);
                    raw++;
                    i++;
                    continue;
                }
            }
            // The decoded text and the source disagree in a way we cannot explain: keep positions close.
            int at = Math.min(raw, rawEnd);
            builder.add(c, Math.max(rawStart, Math.min(at, rawEnd - 1)),
                    Math.max(rawStart + 1, Math.min(at + 1, rawEnd)));
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
}
