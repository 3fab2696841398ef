package org.reportlint.rules.generatorleftover;

/**
 * Where a match of one form can start, worked out from its pattern: a superset that a cheap scan finds, so that the
 * pattern is tried there rather than at every character of a block. A start must follow a character that is not
 * part of a word (or, for a form at a sentence start, a space or line break), and its first character must be one
 * the pattern can begin with. Characters that are not ASCII always count as possible, as does any pattern whose
 * beginning {@link FirstCharacters} cannot read: the scan may only skip places where the pattern is sure to fail.
 */
final class MatchStarts {
    private static final int ASCII = 128;
    /** ASCII characters that {@code [\p{L}\p{N}_]} matches: no match starts right after one. */
    private static final boolean[] WORD = new boolean[ASCII];
    /** ASCII characters of {@code [\s\u00A0]} and the line break: a sentence start follows one. */
    private static final boolean[] SPACE = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            WORD[c] = Character.isLetterOrDigit(c) || c == '_';
            SPACE[c] = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    private final boolean atSentenceStart;
    /** ASCII characters a match can begin with. */
    private final boolean[] first;

    private MatchStarts(boolean atSentenceStart, boolean[] first) {
        this.atSentenceStart = atSentenceStart;
        this.first = first;
    }

    /**
     * The starts of a pattern whose regular expression {@link LeftoverForms} builds from {@code body}: the sentence
     * start if {@code atSentenceStart}, then the word boundary, then {@code body}.
     */
    static MatchStarts of(boolean atSentenceStart, String body) {
        return new MatchStarts(atSentenceStart, FirstCharacters.of(body));
    }

    /** The first index from {@code from} on at which a match may start, or -1. */
    int next(String text, int from) {
        for (int at = Math.max(from, 0); at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c >= ASCII || first[c]) && mayFollow(text, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the character before {@code at} allows a start there. */
    private boolean mayFollow(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        if (atSentenceStart) {
            return before == '\u00A0' || before < ASCII && SPACE[before];
        }
        return before >= ASCII || !WORD[before];
    }
}
