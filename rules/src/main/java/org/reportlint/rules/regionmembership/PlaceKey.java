package org.reportlint.rules.regionmembership;

import java.text.Normalizer;

/**
 * The form in which place names are compared: lower case without accents, {@code &} as {@code and}, periods,
 * apostrophes, commas, brackets, quotes and asterisks gone, hyphens, dashes, slashes and underscores as spaces,
 * runs of blanks as one space, and no leading {@code the}. So {@code U.S.}, {@code US} and {@code the US} agree, as
 * do {@code Türkiye} and {@code Turkiye}, {@code Asia-Pacific} and {@code Asia Pacific}, {@code Korea, Republic of}
 * and {@code Korea Republic of}.
 */
final class PlaceKey {

    private PlaceKey() {
    }

    static String of(String text) {
        // One pass over the characters: every entry of every document is keyed, most of them plain ASCII.
        String folded = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isDropped(c)) {
                continue;
            }
            if (c == '&') {
                key.append(key.length() > 0 ? " and" : "and");
                space = true;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isSpaced(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(Character.toLowerCase(c));
        }
        if (key.length() > 4 && key.charAt(0) == 't' && key.charAt(1) == 'h' && key.charAt(2) == 'e'
                && key.charAt(3) == ' ') {
            key.delete(0, 4);
        }
        return key.toString();
    }

    /**
     * {@code firstWord(of(text))}, reading no further than the key's second word: a long entry or paragraph is
     * mostly not keyed at all. Text that is not ASCII before that point is keyed whole, as accents decompose.
     */
    static String firstWordOfKey(String text) {
        return firstWordOfKey(text, 0, text.length());
    }

    /**
     * {@link #firstWordOfKey(String)} of {@code text.substring(from, to)}, read in place: most entries are ruled out
     * by their first word, and a copy of each would cost more than reading it.
     */
    static String firstWordOfKey(String text, int from, int to) {
        StringBuilder key = new StringBuilder();
        boolean space = false;
        boolean spaced = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 0x7f) {
                // Up to here the text is its own decomposition (ASCII decomposes to itself); past it, it may not be.
                return firstWord(of(text.substring(from, to)));
            }
            if (isDropped(c)) {
                continue;
            }
            if (c == '&') {
                if (key.length() > 0) {
                    if (spaced) {
                        break;
                    }
                    key.append(' ');
                    spaced = true;
                }
                key.append("and");
                space = true;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isSpaced(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                // The first word, and the one after a leading "the", are whole once a second space is due.
                if (spaced) {
                    break;
                }
                key.append(' ');
                spaced = true;
                space = false;
            }
            key.append(Character.toLowerCase(c));
        }
        if (key.length() > 4 && key.charAt(0) == 't' && key.charAt(1) == 'h' && key.charAt(2) == 'e'
                && key.charAt(3) == ' ') {
            key.delete(0, 4);
        }
        return firstWord(key);
    }

    /** The letters and digits a key starts with: its first word without what follows it ({@code japan:}). */
    static String firstWord(CharSequence key) {
        int end = 0;
        while (end < key.length() && Character.isLetterOrDigit(key.charAt(end))) {
            end++;
        }
        return key.subSequence(0, end).toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDropped(char c) {
        return switch (c) {
            case '.', '\'', '\u2019', '\u2018', '`', ',', '(', ')', '[', ']', '"', '\u201c', '\u201d', '*' -> true;
            default -> false;
        };
    }

    private static boolean isSpaced(char c) {
        return switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '/', '_' -> true;
            default -> false;
        };
    }
}
