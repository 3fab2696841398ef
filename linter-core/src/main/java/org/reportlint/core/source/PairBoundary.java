package org.reportlint.core.source;

/**
 * Moves offsets of a UTF-16 text off the middle of a surrogate pair, so that no range or window splits an astral
 * character into two halves that no encoder can write.
 */
public final class PairBoundary {

    private PairBoundary() {
    }

    /** Whether {@code offset} falls between the two halves of a surrogate pair of {@code text}. */
    public static boolean splitsPair(CharSequence text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** {@code offset}, or the start of the pair it splits. */
    public static int before(CharSequence text, int offset) {
        return splitsPair(text, offset) ? offset - 1 : offset;
    }

    /** {@code offset}, or the end of the pair it splits. */
    public static int after(CharSequence text, int offset) {
        return splitsPair(text, offset) ? offset + 1 : offset;
    }

    /** {@code range} widened so that it neither starts nor ends inside a pair. */
    public static TextRange widen(CharSequence text, TextRange range) {
        int start = before(text, range.start());
        int end = after(text, range.end());
        return start == range.start() && end == range.end() ? range : new TextRange(start, end);
    }
}
