package org.reportlint.rules.headingstructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * The headings of a document that belong to its content, in document order.
 *
 * <p>Page furniture has headings of its own that are not part of the report's outline: headings inside {@code nav},
 * {@code aside}, {@code dialog} or {@code form}, inside a {@code header} or {@code footer} of the page (not one of an
 * article or section, which holds that part's own heading), and inside hidden elements are left out. Each
 * {@code article} has an outline of its own, as the items of a listing page do.
 */
final class Outline {
    private static final Set<String> WIDGETS = Set.of("nav", "aside", "dialog", "form", "template");
    private static final Set<String> PAGE_BANDS = Set.of("header", "footer");
    /** Elements that make a header or footer theirs rather than the page's, as the ARIA banner role does. */
    private static final Set<String> SECTIONING = Set.of("article", "aside", "main", "nav", "section");

    private Outline() {
    }

    static List<Heading> of(Document document) {
        List<Heading> headings = new ArrayList<>();
        document.root().visit(block -> {
            if (block.kind() == BlockKind.HEADING && block.isProse() && !isFurniture(block.element())) {
                headings.add(heading(document, block));
            }
        });
        return headings;
    }

    private static Heading heading(Document document, Block block) {
        StringBuilder text = new StringBuilder();
        int[] range = {-1, -1};
        block.visit(part -> {
            for (TextBlock piece : part.texts()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(piece.text());
                TextRange pieceRange = piece.sourceRange();
                range[0] = range[0] < 0 ? pieceRange.start() : Math.min(range[0], pieceRange.start());
                range[1] = Math.max(range[1], pieceRange.end());
            }
        });
        String visible = collapse(text);
        if (visible.isEmpty()) {
            visible = imageText(block.element());
        }
        TextRange at = visible.isEmpty() || range[0] < 0
                ? withoutTrailingBlanks(document.source(), block.sourceRange()) : new TextRange(range[0], range[1]);
        return new Heading(block.level(), visible, at, block.element().map(Outline::article).orElse(null));
    }

    /** A Markdown heading's range runs to the end of its line; the blanks after {@code ##} are not the heading. */
    private static TextRange withoutTrailingBlanks(String source, TextRange range) {
        int end = range.end();
        while (end > range.start() + 1 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        return new TextRange(range.start(), end);
    }

    /** An image's alt text is what a heading made of an image says; an image without one says nothing. */
    private static String imageText(Optional<Element> heading) {
        if (heading.isEmpty()) {
            return "";
        }
        for (Element image : heading.get().select("img[alt], svg[aria-label], [role=img][aria-label]")) {
            String alt = image.hasAttr("alt") ? image.attr("alt") : image.attr("aria-label");
            String collapsed = collapse(alt);
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
        }
        return "";
    }

    private static boolean isFurniture(Optional<Element> heading) {
        if (heading.isEmpty()) {
            return false;
        }
        for (Element e = heading.get(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (WIDGETS.contains(tag) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
                return true;
            }
            if (PAGE_BANDS.contains(tag) && !insideSectioning(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideSectioning(Element band) {
        for (Element e = band.parent(); e != null; e = e.parent()) {
            if (SECTIONING.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static Element article(Element heading) {
        for (Element e = heading.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("article")) {
                return e;
            }
        }
        return null;
    }

    /** The text with runs of whitespace (no-break and zero-width spaces too) as one space, trimmed. */
    static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                blank = out.length() > 0;
            } else {
                if (blank) {
                    out.append(' ');
                    blank = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
