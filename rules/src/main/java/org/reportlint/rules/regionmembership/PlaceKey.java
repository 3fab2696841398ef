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
    /** A letter or digit a key keeps. */
    private static final byte WORD = 0;
    /** Another character a key keeps, such as {@code :} or {@code &}. */
    private static final byte OTHER = 1;
    private static final byte DROPPED = 2;
    /** A blank or spaced punctuation: it separates words. */
    private static final byte SEPARATOR = 3;
    /** What each ASCII character is to a key, from the predicates below: one look-up per character read in place. */
    private static final byte[] ASCII_KINDS = asciiKinds();

    private PlaceKey() {
    }

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[0x80];
        for (char c = 0; c < kinds.length; c++) {
            kinds[c] = isDropped(c) ? DROPPED : isBlankOrSpaced(c) ? SEPARATOR
                    : Character.isLetterOrDigit(c) ? WORD : OTHER;
        }
        return kinds;
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
            if (isBlankOrSpaced(c)) {
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
     * {@code firstWord(of(text))}, reading no further than the key's first word, or its second after a leading
     * {@code the}: a long entry or paragraph is mostly not keyed at all. Text that is not ASCII before that point is
     * keyed whole, as accents decompose.
     */
    static String firstWordOfKey(String text) {
        return firstWordOfKey(text, 0, text.length());
    }

    /**
     * {@link #firstWordOfKey(String)} of {@code text.substring(from, to)}, read in place: most entries are ruled out
     * by their first word, and a copy of each would cost more than reading it.
     *
     * <p>The words of a key are the runs of kept characters between blanks and spaced punctuation, with {@code &}
     * a word ({@code and}) of its own, so the first word is the letters and digits the first run starts with. Only
     * a first run that is exactly {@code the}, which the key drops when another word follows, needs the second.
     */
    static String firstWordOfKey(String text, int from, int to) {
        int start = nextWord(text, from, to);
        if (start < to && text.charAt(start) > 0x7f) {
            return wholeKeyFirstWord(text, from, to);
        }
        if (start == to || text.charAt(start) == '&') {
            return start == to ? "" : "and";
        }
        StringBuilder word = new StringBuilder();
        int end = readLettersAndDigits(text, start, to, word);
        if (end < 0) {
            return wholeKeyFirstWord(text, from, to);
        }
        // "the" alone as a word: followed by the end, a blank, spaced punctuation or '&', not by "the:" or "they".
        boolean the = word.length() == 3 && word.charAt(0) == 't' && word.charAt(1) == 'h' && word.charAt(2) == 'e'
                && (end == to || text.charAt(end) == '&' || isBlankOrSpaced(text.charAt(end)));
        if (!the) {
            return word.toString();
        }
        int second = nextWord(text, end, to);
        if (second == to) {
            return "the";
        }
        if (text.charAt(second) > 0x7f) {
            return wholeKeyFirstWord(text, from, to);
        }
        if (text.charAt(second) == '&') {
            return "and";
        }
        word.setLength(0);
        return readLettersAndDigits(text, second, to, word) < 0 ? wholeKeyFirstWord(text, from, to) : word.toString();
    }

    /** Where the next word of the key starts: the first character that is neither dropped nor a blank or spaced. */
    private static int nextWord(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) <= 0x7f && ASCII_KINDS[text.charAt(i)] >= DROPPED) {
            i++;
        }
        return i;
    }

    /**
     * Appends the key's letters and digits from {@code from} on, lower case, skipping dropped characters, up to the
     * first other character; returns where that is, or -1 at a character that is not ASCII.
     */
    private static int readLettersAndDigits(String text, int from, int to, StringBuilder word) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 0x7f) {
                return -1;
            }
            byte kind = ASCII_KINDS[c];
            if (kind != DROPPED) {
                if (kind != WORD) {
                    return i;
                }
                word.append(Character.toLowerCase(c));
            }
        }
        return to;
    }

    /** Up to here the text is its own decomposition (ASCII decomposes to itself); past it, it may not be. */
    private static String wholeKeyFirstWord(String text, int from, int to) {
        return firstWord(of(text.substring(from, to)));
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

    /** A character that separates the words of a key. */
    private static boolean isBlankOrSpaced(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isSpaced(c);
    }

    private static boolean isSpaced(char c) {
        return switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '/', '_' -> true;
            default -> false;
        };
    }
}
