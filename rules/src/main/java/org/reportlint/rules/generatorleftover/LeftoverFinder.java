package org.reportlint.rules.generatorleftover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.reportlint.rules.text.PlainSpaces;

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

    /**
     * The leftovers in a block's text; fixed-width spaces in it are read as plain ones, as {@link PlainSpaces}
     * writes them.
     */
    List<LeftoverMatch> find(String text) {
        // Most blocks hold none of a form's words: one pass over the folded text for all needles at once costs far
        // less than the patterns, or than one substring search per needle. Folding reads fixed-width spaces as
        // spaces already, so the copy with plain ones is made only for a block that has a candidate.
        boolean[] candidates = needles.candidates(text);
        List<LeftoverMatch> found = new ArrayList<>();
        String plain = null;
        boolean surrogates = false;
        for (int f = 0; f < forms.size(); f++) {
            if (!candidates[f]) {
                continue;
            }
            if (plain == null) {
                plain = PlainSpaces.of(text);
                surrogates = hasSurrogate(plain);
            }
            LeftoverForm form = forms.get(f);
            if (surrogates) {
                findEverywhere(form, plain, found);
            } else {
                findAtStarts(form, plain, found);
            }
        }
        return longestOfOverlapping(found);
    }

    /** The matches of a form as {@link Matcher#find} gives them, one after the other from the start of the text. */
    static void findEverywhere(LeftoverForm form, String text, List<LeftoverMatch> found) {
        Matcher matcher = form.pattern().matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                found.add(new LeftoverMatch(matcher.start(), matcher.end(), form.kind()));
            }
        }
    }

    /**
     * The same matches as {@link #findEverywhere}, trying the pattern only where {@link MatchStarts} says a match
     * may start. {@code find} tries every index from where the last match ended and keeps the first that matches;
     * trying only the possible ones in the same order, each as {@code lookingAt} over the rest of the text, gives
     * the same answer, as long as the lookbehinds and {@code ^} see the whole text: transparent bounds and no
     * anchoring bounds. A text with surrogate pairs is left to {@code find}, which never tries the index between
     * the two halves of a pair.
     */
    static void findAtStarts(LeftoverForm form, String text, List<LeftoverMatch> found) {
        MatchStarts starts = form.starts();
        int from = starts.next(text, 0);
        if (from < 0) {
            return;
        }
        Matcher matcher = form.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        while (from >= 0) {
            matcher.region(from, text.length());
            int next;
            if (matcher.lookingAt()) {
                if (matcher.end() > matcher.start()) {
                    found.add(new LeftoverMatch(matcher.start(), matcher.end(), form.kind()));
                    next = matcher.end();
                } else {
                    next = matcher.end() + 1;
                }
            } else {
                next = from + 1;
            }
            from = starts.next(text, next);
        }
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
