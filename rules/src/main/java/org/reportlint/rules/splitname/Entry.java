package org.reportlint.rules.splitname;

import java.util.Optional;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * One entry of a list-like sequence: its visible text without surrounding whitespace, the source range of that
 * text, and how the entry can be merged into the entry before it.
 *
 * @param text the visible text, trimmed
 * @param range the exact source range of {@code text}
 * @param merge how to remove this entry once its text is moved into the previous entry
 * @param block the text block the entry is part of, which maps each character of {@code text} to the source
 * @param start where {@code text} starts in {@code block}
 * @param afterWrap whether the entry is the next line of a plain text paragraph, where a line end may only wrap
 *     the text of the line before rather than end an entry
 */
record Entry(String text, TextRange range, Merge merge, TextBlock block, int start, boolean afterWrap) {

    /** How an entry disappears when it is merged into the entry before it. */
    sealed interface Merge permits DeleteRange, JoinGap, NotFixable {
    }

    /** Delete this source range, the entry's whole element, after copying its text into the previous entry. */
    record DeleteRange(TextRange range) implements Merge {
    }

    /** Replace everything from the end of the previous entry's text to the end of this one: lines, {@code <br>}. */
    record JoinGap() implements Merge {
    }

    /** No safe edit removes this entry, for example a table cell in a row that holds other data. */
    record NotFixable() implements Merge {
    }

    /** The trimmed text of a block as an entry, or empty when the block holds only whitespace. */
    static Optional<Entry> of(TextBlock block, int start, int end, Merge merge) {
        return of(block, start, end, merge, false);
    }

    /** Like {@link #of(TextBlock, int, int, Merge)}, for the next line of a plain text paragraph when wrapped. */
    static Optional<Entry> of(TextBlock block, int start, int end, Merge merge, boolean afterWrap) {
        String text = block.text();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Optional.empty();
        }
        return Optional.of(new Entry(text.substring(start, end), block.sourceRange(start, end), merge, block, start,
                afterWrap));
    }

    /** The same entry removed in another way. */
    Entry withMerge(Merge other) {
        return new Entry(text, range, other, block, start, afterWrap);
    }

    /** The source range of characters {@code [from, to)} of this entry's text. */
    TextRange rangeOf(int from, int to) {
        return block.sourceRange(start + from, start + to);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
