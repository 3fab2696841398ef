package org.reportlint.core.custom;

import java.util.List;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * A piece of text a custom rule reads, with the way back to the source: a whole text block, a part of one (a link's
 * text, an image's alt text, so that {@code ^} and {@code $} anchor at its ends), or a verbatim slice of the source
 * (an attribute value). Matches inside an excluded source range do not count.
 *
 * @param text the text read
 * @param block the text block it is of, or null for a verbatim slice of the source
 * @param offset the block text offset of the text's first character; 0 for a whole block
 * @param sourceStart for a verbatim slice, the source offset of its first character; -1 otherwise
 * @param excluded source ranges whose matches do not count
 */
public record Region(String text, TextBlock block, int offset, int sourceStart, List<TextRange> excluded) {

    static Region of(TextBlock block) {
        return new Region(block.text(), block, 0, -1, List.of());
    }

    /** Text characters {@code [from, to)} of {@code block}. */
    static Region part(TextBlock block, int from, int to) {
        return new Region(block.text().substring(from, to), block, from, -1, List.of());
    }

    /** Text that is a verbatim slice of the source from {@code sourceStart}, such as an attribute value. */
    static Region verbatim(String text, int sourceStart) {
        return new Region(text, null, 0, sourceStart, List.of());
    }

    Region excluding(List<TextRange> ranges) {
        return new Region(text, block, offset, sourceStart, List.copyOf(ranges));
    }

    /** Where the region starts in the source, to put regions of several origins in order. */
    int sourceOrder() {
        if (block == null) {
            return sourceStart;
        }
        return offset < block.text().length() ? block.sourceStart(offset) : block.sourceRange().start();
    }

    /** The source range of text characters {@code [start, end)}. */
    public TextRange source(int start, int end) {
        if (block == null) {
            return new TextRange(sourceStart + start, sourceStart + end);
        }
        return block.sourceRange(offset + start, offset + end);
    }

    /**
     * Whether block text {@code [start, end)} of {@code other} is text of this region: the same block, inside this
     * part of it, and {@linkplain #admits admitted}.
     */
    boolean covers(TextBlock other, int start, int end) {
        if (block != other || start < offset || end > offset + text.length()) {
            return false;
        }
        return admits(start - offset, end - offset);
    }

    /** Whether a match at text {@code [start, end)} counts: not in inline code, not in an excluded range. */
    boolean admits(int start, int end) {
        if (block != null && block.isCode(offset + start, offset + end)) {
            return false;
        }
        TextRange source = source(start, end);
        for (TextRange range : excluded) {
            if (source.start() < range.end() && range.start() < source.end()) {
                return false;
            }
        }
        return true;
    }
}
