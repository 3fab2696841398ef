package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.Comparator;
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
    private static final List<String> CODE_TAG_NAMES = List.of("code", "pre", "kbd", "samp");

    /** The code elements' starts in increasing order, and for each the furthest end of it and those before it. */
    private final int[] starts;
    private final int[] furthestEnds;

    private CodeRegions(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(TextRange::start));
        starts = new int[sorted.size()];
        furthestEnds = new int[sorted.size()];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sorted.get(i).start();
            furthest = Math.max(furthest, sorted.get(i).end());
            furthestEnds[i] = furthest;
        }
    }

    static CodeRegions of(Document document) {
        List<TextRange> ranges = new ArrayList<>();
        if (document.containsHtml() && mayHoldCodeTag(document.markupSource())) {
            for (Element element : document.dom().select(CODE_ELEMENTS)) {
                if (element.sourceRange().isTracked() && element.endSourceRange().isTracked()) {
                    ranges.add(new TextRange(element.sourceRange().startPos(), element.endSourceRange().endPos()));
                }
            }
        }
        return new CodeRegions(ranges);
    }

    /**
     * Whether the HTML has a start tag that may open a code element ({@code <code}, {@code <PRE}): without one the
     * parser makes none, and the walk of the whole DOM that a selector costs is spared.
     */
    private static boolean mayHoldCodeTag(String html) {
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (at + 1 >= html.length() || "cCpPkKsS".indexOf(html.charAt(at + 1)) < 0) {
                continue;
            }
            for (String name : CODE_TAG_NAMES) {
                if (html.regionMatches(true, at + 1, name, 0, name.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a code element holds {@code range}: one that starts at or before it and ends at or after it, found by
     * a binary search for the last element starting at or before it, so that a page with many findings and many
     * code elements is not checked pair by pair.
     */
    boolean contains(TextRange range) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= range.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low > 0 && furthestEnds[low - 1] >= range.end();
    }
}
