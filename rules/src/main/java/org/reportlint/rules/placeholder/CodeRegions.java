package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.reportlint.core.document.Document;
import org.reportlint.core.source.TextRange;

/**
 * The source ranges of HTML elements that show code ({@code <code>}, {@code <pre>}, {@code <kbd>}, {@code <samp>}),
 * in HTML documents and in the HTML inside Markdown. Template syntax in their attributes is shown on purpose, as in a
 * page that documents a template; the text of code is already marked in the block tree and needs no ranges.
 */
final class CodeRegions {
    private static final String CODE_ELEMENTS = "code, pre, kbd, samp";

    private final List<TextRange> ranges;

    private CodeRegions(List<TextRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    static CodeRegions of(Document document) {
        List<TextRange> ranges = new ArrayList<>();
        if (document.containsHtml()) {
            for (Element element : document.dom().select(CODE_ELEMENTS)) {
                if (element.sourceRange().isTracked() && element.endSourceRange().isTracked()) {
                    ranges.add(new TextRange(element.sourceRange().startPos(), element.endSourceRange().endPos()));
                }
            }
        }
        return new CodeRegions(ranges);
    }

    boolean contains(TextRange range) {
        for (TextRange code : ranges) {
            if (range.start() >= code.start() && range.end() <= code.end()) {
                return true;
            }
        }
        return false;
    }
}
