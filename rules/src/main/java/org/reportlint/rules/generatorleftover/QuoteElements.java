package org.reportlint.rules.generatorleftover;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.reportlint.core.document.Document;
import org.reportlint.core.source.TextRange;

/**
 * The source ranges of HTML elements that quote ({@code <q>}, {@code <blockquote>}) in HTML documents and in the
 * HTML inside Markdown: the block tree marks block quotes, but an inline {@code <q>} is only in the DOM.
 */
final class QuoteElements {
    private static final String QUOTING = "q, blockquote";

    private final List<TextRange> ranges;

    private QuoteElements(List<TextRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    static QuoteElements of(Document document) {
        List<TextRange> ranges = new ArrayList<>();
        if (document.containsHtml()) {
            for (Element element : document.dom().select(QUOTING)) {
                if (element.sourceRange().isTracked() && element.endSourceRange().isTracked()) {
                    ranges.add(new TextRange(element.sourceRange().startPos(), element.endSourceRange().endPos()));
                }
            }
        }
        return new QuoteElements(ranges);
    }

    boolean contains(TextRange range) {
        for (TextRange quote : ranges) {
            if (range.start() >= quote.start() && range.end() <= quote.end()) {
                return true;
            }
        }
        return false;
    }
}
