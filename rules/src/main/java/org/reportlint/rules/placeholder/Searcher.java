package org.reportlint.rules.placeholder;

import java.util.regex.Pattern;

/**
 * How the matchers run their patterns: at the start positions their anchor scans give, counting the positions tried.
 * Tests can also run a matcher at every position instead, which must find exactly the same, to show that no scan
 * misses a start.
 */
final class Searcher {
    /** Tries the anchored positions only and counts nothing: what the rule uses. */
    static final Searcher ANCHORED = new Searcher(Work.NONE, false);

    private final Work work;
    private final boolean everyPosition;

    Searcher(Work work, boolean everyPosition) {
        this.work = work;
        this.everyPosition = everyPosition;
    }

    AnchoredFind find(Pattern pattern, String text, Starts starts) {
        return new AnchoredFind(pattern, text, everyPosition ? Starts.every(text.length()) : starts, work);
    }
}
