package org.reportlint.core.facts;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * Finds a pattern's matches as {@link Matcher#find(int)} does, trying the pattern only at the offsets where a match
 * can start (a digit, a currency sign, the letter a keyword opens with).
 *
 * <p>{@code find} tries the whole pattern, look-behinds first, at every offset of a block; most offsets of prose are
 * letters and spaces that no figure or range starts with, so a one-character test there is far cheaper. The match is
 * the same: the first offset where the pattern matches, tried with the text around it in view (transparent bounds),
 * as {@code find} sees it over the whole text.
 */
final class Starts {
    private Starts() {
    }

    /**
     * The next match of {@code matcher} over all of {@code text} that starts at or after {@code from}, like {@code
     * matcher.find(from)}; {@code canStart} must hold at every offset where the pattern can match.
     */
    static boolean find(Matcher matcher, String text, int from, IntPredicate canStart) {
        if (from < 0 || from > text.length()) {
            return matcher.find(from); // the same failure as find's
        }
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            if (canStart.test(i)) {
                matcher.region(i, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code text} has an ASCII digit: what every figure, year and range needs. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isAsciiDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether offset {@code i} starts a run of ASCII digits. */
    static boolean startsDigits(String text, int i) {
        return isAsciiDigit(text.charAt(i)) && (i == 0 || !isAsciiDigit(text.charAt(i - 1)));
    }

    /** Whether {@code FY} or {@code CY}, in any ASCII case, starts at offset {@code i}. */
    static boolean startsFiscalPrefix(String text, int i) {
        char c = text.charAt(i);
        if (c != 'F' && c != 'f' && c != 'C' && c != 'c' || i + 1 >= text.length()) {
            return false;
        }
        char y = text.charAt(i + 1);
        return y == 'Y' || y == 'y';
    }
}
