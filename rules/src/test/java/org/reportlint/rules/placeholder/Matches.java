package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.List;

/** Runs one matcher over a text and returns the flagged strings, for matcher tests. */
final class Matches {
    private Matches() {
    }

    static List<String> of(PlaceholderMatcher matcher, String text) {
        List<TextMatch> found = new ArrayList<>();
        matcher.find(text, found);
        return PlaceholderRule.longestOfOverlapping(found).stream()
                .map(match -> text.substring(match.start(), match.end())).toList();
    }
}
