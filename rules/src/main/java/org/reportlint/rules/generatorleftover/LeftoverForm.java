package org.reportlint.rules.generatorleftover;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One form of leftover from the phrase list: its kind, the words one of which every match contains, and the pattern.
 *
 * @param kind what a match is
 * @param needles lower-case strings, one of which starts a word of every match: the cheap test before the pattern
 * @param pattern the compiled pattern
 */
record LeftoverForm(LeftoverKind kind, List<String> needles, Pattern pattern) {

    LeftoverForm {
        needles = List.copyOf(needles);
    }

    /**
     * Whether text, {@linkplain LeftoverFinder#fold folded}, may hold a match: a needle starts a word in it. Only at
     * a word start, so that {@code here} is not found in every {@code there} and {@code an ai} in no {@code plan
     * aims}.
     */
    boolean mayOccurIn(String folded) {
        for (String needle : needles) {
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
