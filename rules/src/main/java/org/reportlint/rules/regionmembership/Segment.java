package org.reportlint.rules.regionmembership;

import java.util.Optional;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * A stretch of one text block, such as a list entry or one name of a comma list, without surrounding blanks.
 *
 * @param block the text block
 * @param start the first character, in the block's text
 * @param end the character after the last
 */
record Segment(TextBlock block, int start, int end) {

    /** The part of {@code [start, end)} of the block without blanks at either end; empty when all blank. */
    static Optional<Segment> trimmed(TextBlock block, int start, int end) {
        String text = block.text();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? Optional.empty() : Optional.of(new Segment(block, start, end));
    }

    /** The segment's characters, copied: code that only measures or tests them uses the methods below instead. */
    String text() {
        return block.text().substring(start, end);
    }

    int length() {
        return end - start;
    }

    /** Whether the last character is {@code c}, read in the block's text rather than in a copy of the segment. */
    boolean endsWith(char c) {
        return end > start && block.text().charAt(end - 1) == c;
    }

    TextRange range() {
        return block.sourceRange(start, end);
    }

    /** The part of this segment from {@code from} to {@code to}, offsets within {@link #text()}, trimmed. */
    Optional<Segment> part(int from, int to) {
        return trimmed(block, start + from, start + to);
    }

    /** The text in one line with single spaces, as messages quote it. */
    String quoted() {
        return text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
