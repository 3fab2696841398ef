package org.reportlint.rules.placeholder;

import java.util.List;

/**
 * Scans for the characters that anchor the matchers' patterns, giving {@link Starts} that include every position
 * where a pattern can match. Each scan must over-approximate: a missed start would be a missed finding, an extra
 * one costs only a failed try.
 */
final class Anchors {
    /** The currency signs other than the dollar that {@link NumberWords#CURRENCY_SYMBOL} knows. */
    private static final char[] CURRENCY_SIGNS = {'\u20AC', '\u00A3', '\u00A5', '\u20B9'};

    private Anchors() {
    }

    /** The characters {@code \s} matches in a Java pattern without the Unicode flag. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The characters {@code \w} matches in a Java pattern without the Unicode flag. */
    static boolean isRegexWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Whether the character before {@code index} is not a {@code \w} character (or there is none). */
    static boolean afterNonWord(String text, int index) {
        return index == 0 || !isRegexWord(text.charAt(index - 1));
    }

    /** The start of the run of {@code \s} characters that ends at {@code end} ({@code end} itself if none). */
    static int spaceRunStart(String text, int end) {
        int start = end;
        while (start > 0 && isRegexSpace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Where {@link NumberWords#CURRENCY} can start: at a currency code, at a currency symbol, and up to two letters
     * before a dollar sign ({@code US$}, {@code HK$}).
     */
    static Starts currencies(TextSketch sketch) {
        String text = sketch.text();
        Starts starts = new Starts(text.length());
        if (sketch.mayHold('$')) {
            for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
                starts.addRange(at - 2, at + 1);
            }
        }
        for (char symbol : CURRENCY_SIGNS) {
            if (sketch.mayHold(symbol)) {
                occurrences(text, symbol, starts);
            }
        }
        for (String code : NumberWords.CURRENCY_CODES) {
            if (sketch.mayHold(code)) {
                occurrences(text, code, starts);
            }
        }
        return starts;
    }

    /** Adds where {@code c} occurs in {@code text}. */
    static void occurrences(String text, char c, Starts starts) {
        for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
            starts.add(at);
        }
    }

    /** Adds where {@code literal} occurs in {@code text}, overlapping occurrences included. */
    static void occurrences(String text, String literal, Starts starts) {
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            starts.add(at);
        }
    }

    /** Adds where any of {@code literals} occurs. */
    static Starts occurrences(String text, List<String> literals) {
        Starts starts = new Starts(text.length());
        for (String literal : literals) {
            occurrences(text, literal, starts);
        }
        return starts;
    }

    /**
     * Adds where one of {@code words} ends at {@code end}, ignoring case: a pattern that needs one of them before an
     * anchor can start only there. Ignoring case over-approximates both the case-sensitive and the ASCII
     * case-insensitive alternatives of a pattern.
     */
    static void wordsEndingAt(String text, int end, List<String> words, Starts starts) {
        for (String word : words) {
            int at = end - word.length();
            // The last letters first: most words before a gap end otherwise, and this is one comparison.
            if (at >= 0 && (word.isEmpty() || sameIgnoringCase(text.charAt(end - 1), word.charAt(word.length() - 1)))
                    && text.regionMatches(true, at, word, 0, word.length())) {
                starts.add(at);
            }
        }
    }

    /** Whether two characters are equal as {@code regionMatches} ignoring case compares them. */
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }

    /** Whether {@code text} has a currency sign or code: a currency pattern can match nowhere else. */
    static boolean mayHoldCurrency(TextSketch sketch) {
        if (sketch.contains('$')) {
            return true;
        }
        for (char symbol : CURRENCY_SIGNS) {
            if (sketch.contains(symbol)) {
                return true;
            }
        }
        for (String code : NumberWords.CURRENCY_CODES) {
            if (sketch.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
