package org.reportlint.rules.placeholder;

import java.util.List;

/** Finds one kind of placeholder in a piece of visible text. Implementations are immutable. */
interface PlaceholderMatcher {

    /** Adds a match to {@code out} for every placeholder of this kind in {@code text}; matches may overlap. */
    default void find(String text, List<TextMatch> out) {
        find(TextSketch.of(text), out);
    }

    /**
     * As {@link #find(String, List)} for the sketched text; the rule sketches each text once for all its matchers,
     * which skip the scans the sketch rules out.
     */
    void find(TextSketch text, List<TextMatch> out);
}
