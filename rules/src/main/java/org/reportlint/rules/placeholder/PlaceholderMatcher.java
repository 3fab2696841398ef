package org.reportlint.rules.placeholder;

import java.util.List;

/** Finds one kind of placeholder in a piece of visible text. Implementations are immutable. */
interface PlaceholderMatcher {

    /** Adds a match to {@code out} for every placeholder of this kind in {@code text}; matches may overlap. */
    void find(String text, List<TextMatch> out);
}
