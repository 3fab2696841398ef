package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.InlineSpan;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * Which text of a document a custom rule reads. Block scopes select the prose text blocks of a kind, or inside a
 * block of that kind (a paragraph in a list item is list-item text). {@code link-text} is the text of HTML {@code <a>}
 * elements and of Markdown links; {@code attribute:alt} the value of HTML {@code alt} attributes and the alt text of
 * Markdown images (which Markdown puts in its paragraph's text), with HTML inside Markdown read as HTML. An image
 * inside a link is alt text, not link text, as it is in HTML. A negation ({@code !heading}) is all prose text except
 * that part.
 */
public record Scope(String name, boolean negated) {
    /** The scope names a config may use, each also with a leading {@code !}. */
    public static final List<String> NAMES = List.of("text", "heading", "title", "list-item", "table-cell",
            "link-text", "attribute:alt");

    public static Optional<Scope> parse(String value) {
        boolean negated = value.startsWith("!");
        String name = negated ? value.substring(1) : value;
        if (!NAMES.contains(name) || (negated && name.equals("text"))) {
            return Optional.empty();
        }
        return Optional.of(new Scope(name, negated));
    }

    @Override
    public String toString() {
        return (negated ? "!" : "") + name;
    }

    /** The pieces of text in scope, in document order. */
    public List<Region> regions(Document document) {
        if (name.equals("attribute:alt")) {
            if (negated) {
                return filtered(document, markdownRanges(document, InlineSpan.Kind.IMAGE_ALT));
            }
            List<Region> regions = altTexts(document);
            regions.addAll(markdownRegions(document, InlineSpan.Kind.IMAGE_ALT));
            return inOrder(regions);
        }
        if (name.equals("link-text")) {
            List<TextRange> links = linkRanges(document);
            if (negated) {
                List<TextRange> excluded = new ArrayList<>(links);
                excluded.addAll(markdownRanges(document, InlineSpan.Kind.LINK_TEXT));
                return filtered(document, excluded);
            }
            List<Region> regions = inside(document, links);
            regions.addAll(markdownRegions(document, InlineSpan.Kind.LINK_TEXT));
            return inOrder(regions);
        }
        BlockKind kind = switch (name) {
            case "heading" -> BlockKind.HEADING;
            case "title" -> BlockKind.TITLE;
            case "list-item" -> BlockKind.LIST_ITEM;
            case "table-cell" -> BlockKind.TABLE_CELL;
            default -> null;
        };
        List<Region> regions = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            if (!block.block().isProse()) {
                continue;
            }
            boolean in = kind == null || block.kind() == kind || block.block().ancestor(kind).isPresent();
            if (in != negated) {
                regions.add(Region.of(block));
            }
        }
        return regions;
    }

    /** HTML and Markdown regions of one document in source order, as rules that weigh occurrences expect. */
    private static List<Region> inOrder(List<Region> regions) {
        regions.sort(java.util.Comparator.comparingInt(Region::sourceOrder));
        return regions;
    }

    /** Every prose text block, less the parts inside {@code excluded} source ranges. */
    private static List<Region> filtered(Document document, List<TextRange> excluded) {
        List<Region> regions = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            if (block.block().isProse()) {
                regions.add(Region.of(block).excluding(excluded));
            }
        }
        return regions;
    }

    /** The parts of prose text blocks that lie inside {@code ranges}. */
    private static List<Region> inside(Document document, List<TextRange> ranges) {
        List<Region> regions = new ArrayList<>();
        for (TextRange range : ranges) {
            for (TextBlock block : document.blocks()) {
                TextRange source = block.sourceRange();
                if (!block.block().isProse() || source.end() <= range.start() || source.start() >= range.end()) {
                    continue;
                }
                int from = block.textIndexAt(range.start());
                int to = block.textIndexAt(range.end());
                if (from < to) {
                    regions.add(Region.part(block, from, to));
                }
            }
        }
        return regions;
    }

    /**
     * The Markdown link texts or image alt texts of every prose block, each a region of its own; an image's alt text
     * is left out of the link around it.
     */
    private static List<Region> markdownRegions(Document document, InlineSpan.Kind kind) {
        List<Region> regions = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            if (block.inlineSpans().isEmpty() || !block.block().isProse()) {
                continue;
            }
            List<TextRange> images = kind == InlineSpan.Kind.LINK_TEXT ? sourceRanges(block, InlineSpan.Kind.IMAGE_ALT)
                    : List.of();
            for (InlineSpan span : block.inlineSpans()) {
                if (span.kind() == kind) {
                    regions.add(Region.part(block, span.start(), span.end()).excluding(images));
                }
            }
        }
        return regions;
    }

    /** The source ranges of every Markdown link text or image alt text of the document's prose. */
    private static List<TextRange> markdownRanges(Document document, InlineSpan.Kind kind) {
        List<TextRange> ranges = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            if (block.block().isProse()) {
                ranges.addAll(sourceRanges(block, kind));
            }
        }
        return ranges;
    }

    private static List<TextRange> sourceRanges(TextBlock block, InlineSpan.Kind kind) {
        List<TextRange> ranges = new ArrayList<>();
        for (InlineSpan span : block.inlineSpans()) {
            if (span.kind() == kind) {
                ranges.add(block.sourceRange(span.start(), span.end()));
            }
        }
        return ranges;
    }

    /** The source between the start and end tag of every {@code <a>} element. */
    private static List<TextRange> linkRanges(Document document) {
        List<TextRange> ranges = new ArrayList<>();
        if (!document.containsHtml()) {
            return ranges;
        }
        for (Element link : document.dom().select("a")) {
            Range start = link.sourceRange();
            Range end = link.endSourceRange();
            if (start.isTracked() && end.isTracked() && start.endPos() <= end.startPos()) {
                ranges.add(new TextRange(start.endPos(), end.startPos()));
            }
        }
        return ranges;
    }

    /** The value of every {@code alt} attribute, at its source position. */
    private static List<Region> altTexts(Document document) {
        List<Region> regions = new ArrayList<>();
        if (!document.containsHtml()) {
            return regions;
        }
        for (Element element : document.dom().select("[alt]")) {
            Attribute alt = element.attribute("alt");
            if (alt == null) {
                continue;
            }
            Range value = alt.sourceRange().valueRange();
            if (value.isTracked()) {
                String raw = document.source().substring(value.startPos(), value.endPos());
                regions.add(Region.verbatim(raw, value.startPos()));
            }
        }
        return regions;
    }

    /** Where a rule looks for matches when the scope has no other reason: all prose text. */
    public static Scope text() {
        return new Scope("text", false);
    }
}
