package org.reportlint.rules.placeholder;

import java.util.regex.Pattern;

/**
 * A stretch of scanned text that a matcher flags, with the message to report.
 *
 * @param start the first flagged character, as an index into the scanned text
 * @param end the index just after the last flagged character
 * @param message the finding's message, naming the flagged text
 */
record TextMatch(int start, int end, String message) {
    private static final int MAX_QUOTED = 60;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    TextMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid match [" + start + ", " + end + ")");
        }
    }

    boolean overlaps(TextMatch other) {
        return start < other.end && other.start < end;
    }

    /** Whether this match lies inside {@code [from, to)}. */
    boolean within(int from, int to) {
        return start >= from && end <= to;
    }

    /**
     * The flagged text as a message shows it: whitespace runs become one space and long text is cut, so a message
     * stays on one short line whatever the document holds.
     */
    static String quote(CharSequence text, int start, int end) {
        String flat = WHITESPACE.matcher(text.subSequence(start, end)).replaceAll(" ").strip();
        return flat.length() <= MAX_QUOTED ? flat : flat.substring(0, MAX_QUOTED - 1) + "\u2026";
    }
}
