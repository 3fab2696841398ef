package org.reportlint.rules.generatorleftover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the leftovers in one text with a list of forms. Of matches that overlap, the one that starts first and,
 * among those, the longest is kept, so a sentence that two forms describe is one finding.
 */
final class LeftoverFinder {
    private static final Comparator<LeftoverMatch> EARLIEST_THEN_LONGEST = Comparator
            .comparingInt(LeftoverMatch::start)
            .thenComparing(Comparator.comparingInt(LeftoverMatch::end).reversed());

    private final List<LeftoverForm> forms;

    LeftoverFinder(List<LeftoverForm> forms) {
        this.forms = List.copyOf(forms);
    }

    List<LeftoverMatch> find(String text) {
        String folded = fold(text);
        List<LeftoverMatch> found = new ArrayList<>();
        for (LeftoverForm form : forms) {
            // Most blocks hold none of a form's words; a substring test costs far less than the pattern.
            if (!form.mayOccurIn(folded)) {
                continue;
            }
            Matcher matcher = form.pattern().matcher(text);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    found.add(new LeftoverMatch(matcher.start(), matcher.end(), form.kind()));
                }
            }
        }
        return longestOfOverlapping(found);
    }

    /** The text as needles are written: lower case, curly apostrophes straight, every run of whitespace one space. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!afterSpace) {
                    folded.append(' ');
                }
                afterSpace = true;
                continue;
            }
            afterSpace = false;
            folded.append(c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c));
        }
        return folded.toString();
    }

    private static List<LeftoverMatch> longestOfOverlapping(List<LeftoverMatch> matches) {
        if (matches.size() < 2) {
            return matches;
        }
        matches.sort(EARLIEST_THEN_LONGEST);
        List<LeftoverMatch> kept = new ArrayList<>();
        int keptEnd = -1;
        for (LeftoverMatch match : matches) {
            if (match.start() >= keptEnd) {
                kept.add(match);
                keptEnd = match.end();
            }
        }
        return kept;
    }
}
