package org.reportlint.rules.placeholder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what {@link Matcher#find()} would, trying the pattern only at given start positions instead of at every
 * character of a block. {@code find()} tries each position in turn and returns the first where the pattern matches;
 * so as long as the positions include every position where a match can start, trying them in order with
 * {@link Matcher#lookingAt()} and skipping those inside the previous match yields the same matches. Bounds are
 * transparent and not anchoring, so look-behinds, {@code \b} and look-aheads see the text around the region exactly
 * as {@code find()} does.
 *
 * <p>The win is that a pattern with look-behinds and many alternatives costs a lot per position, while the scans that
 * collect the positions are a loop over characters or an {@link String#indexOf}.
 */
final class AnchoredFind {
    private final Pattern pattern;
    private final String text;
    private final int[] starts;
    private Matcher matcher;
    private final int length;
    private int next;
    private int from;

    AnchoredFind(Pattern pattern, String text, Starts starts, Work work) {
        this.pattern = pattern;
        this.text = text;
        this.starts = starts.sorted();
        this.length = text.length();
        work.add(this.starts.length);
    }

    /** Moves to the next match, as {@link Matcher#find()} does; its bounds are then read from {@link #matcher()}. */
    boolean find() {
        while (next < starts.length) {
            int start = starts[next++];
            if (start < from) {
                continue;
            }
            if (matcher == null) {
                // Made only when there is a position to try: most blocks have none, and a matcher is not free.
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(start, length);
            if (matcher.lookingAt()) {
                // As find(): the next search starts where this match ended, one further after an empty match.
                from = matcher.end() == start ? start + 1 : matcher.end();
                return true;
            }
        }
        return false;
    }

    /** The matcher, positioned on the current match. */
    Matcher matcher() {
        return matcher;
    }
}
