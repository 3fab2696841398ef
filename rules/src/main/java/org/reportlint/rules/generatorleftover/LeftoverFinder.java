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

    /** For each ASCII character, whether {@link #fold} takes it for whitespace, and what it writes otherwise. */
    private static final boolean[] ASCII_SPACE = new boolean[128];
    private static final char[] ASCII_FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = isSpaceChar(c);
            ASCII_FOLDED[c] = Character.toLowerCase(c);
        }
    }

    private final List<LeftoverForm> forms;
    private final NeedleIndex needles;

    LeftoverFinder(List<LeftoverForm> forms) {
        this.forms = List.copyOf(forms);
        this.needles = new NeedleIndex(this.forms);
    }

    List<LeftoverMatch> find(String text) {
        // Most blocks hold none of a form's words: one pass over the folded text for all needles at once costs far
        // less than the patterns, or than one substring search per needle.
        boolean[] candidates = needles.candidates(text);
        List<LeftoverMatch> found = new ArrayList<>();
        for (int f = 0; f < forms.size(); f++) {
            if (!candidates[f]) {
                continue;
            }
            LeftoverForm form = forms.get(f);
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
        char[] folded = new char[text.length()];
        int length = 0;
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!afterSpace) {
                    folded[length++] = ' ';
                }
                afterSpace = true;
                continue;
            }
            afterSpace = false;
            folded[length++] = foldChar(c);
        }
        return new String(folded, 0, length);
    }

    /** Whether {@link #fold} takes {@code c} for whitespace; ASCII, nearly all of a report, by table. */
    static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : isSpaceChar(c);
    }

    /** What {@link #fold} writes for a character that is not whitespace. */
    static char foldChar(char c) {
        return c < 128 ? ASCII_FOLDED[c] : c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
    }

    private static boolean isSpaceChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
