package org.reportlint.rules.duplicatereport;

/**
 * Which characters make words, and their lower case, as {@link Character#isLetterOrDigit(char)} and {@link
 * Character#toLowerCase(char)} say, with ASCII read from a table: prose is mostly ASCII, and the two look-ups of the
 * Unicode tables per character were a fifth of the time the rule takes to read a report.
 */
final class WordChars {
    /** For each ASCII character, its lower case if it is a letter or a digit, else -1. */
    private static final int[] ASCII = new int[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = fromUnicodeTables(c);
        }
    }

    private WordChars() {
    }

    /** The lower case of {@code c} if it is a letter or a digit, else -1. */
    static int lowerCase(char c) {
        return c < ASCII.length ? ASCII[c] : fromUnicodeTables(c);
    }

    /** What {@link #lowerCase} gives, from the Unicode tables for any character. */
    static int fromUnicodeTables(char c) {
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
    }
}
