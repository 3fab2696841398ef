package org.reportlint.rules.placeholder;

import java.util.List;

/** Finds one kind of placeholder in a piece of visible text. Implementations are immutable. */
interface PlaceholderMatcher {

    /**
     * Adds a match to {@code out} for every placeholder of this kind in the indexed text; matches may overlap. The
     * rule indexes each text once and hands the index to every matcher.
     */
    void find(CharIndex text, List<TextMatch> out);

    /** As {@link #find(CharIndex, List)}, indexing {@code text} first. */
    default void find(String text, List<TextMatch> out) {
        find(new CharIndex(text), out);
    }
}
