package org.reportlint.rules.generatorleftover;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One form of leftover from the phrase list: its kind, the words one of which every match contains, and the pattern.
 *
 * @param kind what a match is
 * @param needles lower-case strings, one of which is in every match: the cheap test before the pattern
 * @param pattern the compiled pattern
 */
record LeftoverForm(LeftoverKind kind, List<String> needles, Pattern pattern) {

    LeftoverForm {
        needles = List.copyOf(needles);
    }

    /** Whether text, {@linkplain LeftoverFinder#fold folded}, may hold a match: it contains a needle. */
    boolean mayOccurIn(String folded) {
        for (String needle : needles) {
            if (folded.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
