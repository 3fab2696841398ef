package org.reportlint.core.custom;

import java.util.List;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * A piece of text a custom rule reads, with the way back to the source. Text outside {@code [from, to)} (a slice of
 * a block) or inside an excluded source range is blanked with spaces, so offsets stay those of the block text.
 */
public record Region(String text, TextBlock block, int sourceStart, List<TextRange> excluded) {

    static Region of(TextBlock block) {
        return new Region(block.text(), block, -1, List.of());
    }

    /** Text that is a verbatim slice of the source from {@code sourceStart}, such as an attribute value. */
    static Region verbatim(String text, int sourceStart) {
        return new Region(text, null, sourceStart, List.of());
    }

    Region slice(int from, int to) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (i < from || i >= to) {
                chars[i] = ' ';
            }
        }
        return new Region(new String(chars), block, sourceStart, excluded);
    }

    Region excluding(List<TextRange> ranges) {
        return new Region(text, block, sourceStart, List.copyOf(ranges));
    }

    /** The source range of text characters {@code [start, end)}. */
    public TextRange source(int start, int end) {
        if (block == null) {
            return new TextRange(sourceStart + start, sourceStart + end);
        }
        return block.sourceRange(start, end);
    }

    /**
     * Whether text {@code [start, end)} of {@code other} is text of this region: the same block, not blanked out of
     * a slice, and {@linkplain #admits admitted}.
     */
    boolean covers(TextBlock other, int start, int end) {
        if (block != other || end > text.length()) {
            return false;
        }
        String original = block.text();
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != original.charAt(i)) {
                return false;
            }
        }
        return admits(start, end);
    }

    /** Whether a match at text {@code [start, end)} counts: not in inline code, not in an excluded range. */
    boolean admits(int start, int end) {
        if (block != null && block.isCode(start, end)) {
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
