package org.reportlint.rules.text;

/**
 * Which characters make words, their lower case and which separate words, as {@link Character#isLetterOrDigit(char)},
 * {@link Character#toLowerCase(char)} and {@link Character#isWhitespace(char)} say, with ASCII read from tables: prose
 * is mostly ASCII, and rules that hash every character of a report spent most of that time in the Unicode tables.
 */
public final class WordChars {
    /** For each ASCII character, its lower case if it is a letter or a digit, else -1. */
    private static final int[] ASCII_LOWER = new int[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < ASCII_LOWER.length; c++) {
            ASCII_LOWER[c] = lowerCaseFromTables(c);
            ASCII_SPACE[c] = isSpaceFromTables(c);
        }
    }

    private WordChars() {
    }

    /** The lower case of {@code c} if it is a letter or a digit, else -1. */
    public static int lowerCase(char c) {
        return c < ASCII_LOWER.length ? ASCII_LOWER[c] : lowerCaseFromTables(c);
    }

    /** Whether {@code c} separates words as a reader sees them: white space or a no-break space. */
    public static boolean isSpace(char c) {
        return c < ASCII_SPACE.length ? ASCII_SPACE[c] : isSpaceFromTables(c);
    }

    static int lowerCaseFromTables(char c) {
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
    }

    static boolean isSpaceFromTables(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }
}
