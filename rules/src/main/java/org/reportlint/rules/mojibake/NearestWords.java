package org.reportlint.rules.mojibake;

/**
 * Answers, for one text, whether the nearest word with an ASCII letter from a position on, forwards or backwards, is
 * all capitals. Each direction is worked out for every position in one pass the first time it is asked, so a text
 * with many lone misread characters is read a fixed number of times instead of once per character.
 */
final class NearestWords {
    private static final byte NONE = 0;
    private static final byte LOWER = 1;
    private static final byte CAPITALS = 2;

    private final String text;
    /** {@code forward[p]}: the answer from position {@code p} on; {@code forward[length]} is {@link #NONE}. */
    private byte[] forward;
    /** {@code backward[p + 1]}: the answer from position {@code p} back; {@code backward[0]} is {@link #NONE}. */
    private byte[] backward;
    /** Characters read and questions answered, for tests that check the work grows linearly with the text. */
    private long work;

    NearestWords(String text) {
        this.text = text;
    }

    /**
     * Whether the nearest word with an ASCII letter at or after {@code from} is all capitals, null when there is none.
     * When {@code from} is inside a word, only the part of it from {@code from} on counts.
     */
    Boolean capitalsAfter(int from) {
        work++;
        if (forward == null) {
            forward = forwardAnswers();
        }
        return from < 0 || from > text.length() ? null : answer(forward[from]);
    }

    /**
     * Whether the nearest word with an ASCII letter at or before {@code from} is all capitals, null when there is none.
     * When {@code from} is inside a word, only the part of it up to {@code from} counts.
     */
    Boolean capitalsBefore(int from) {
        work++;
        if (backward == null) {
            backward = backwardAnswers();
        }
        return from < 0 || from >= text.length() ? null : answer(backward[from + 1]);
    }

    long work() {
        return work;
    }

    private byte[] forwardAnswers() {
        int length = text.length();
        byte[] answers = new byte[length + 1];
        boolean ascii = false;
        boolean capitals = true;
        // The answer after the run of letters that position p is in, once that run's end has been passed.
        byte afterRun = NONE;
        for (int p = length - 1; p >= 0; p--) {
            work++;
            char c = text.charAt(p);
            if (!Character.isLetter(c)) {
                answers[p] = answers[p + 1];
                continue;
            }
            boolean runGoesOn = p + 1 < length && Character.isLetter(text.charAt(p + 1));
            if (!runGoesOn) {
                afterRun = answers[p + 1];
                ascii = false;
                capitals = true;
            }
            ascii |= c < 0x80;
            capitals &= Character.isUpperCase(c);
            answers[p] = ascii ? (capitals ? CAPITALS : LOWER) : afterRun;
        }
        return answers;
    }

    private byte[] backwardAnswers() {
        int length = text.length();
        byte[] answers = new byte[length + 1];
        boolean ascii = false;
        boolean capitals = true;
        byte beforeRun = NONE;
        for (int p = 0; p < length; p++) {
            work++;
            char c = text.charAt(p);
            if (!Character.isLetter(c)) {
                answers[p + 1] = answers[p];
                continue;
            }
            boolean runGoesOn = p > 0 && Character.isLetter(text.charAt(p - 1));
            if (!runGoesOn) {
                beforeRun = answers[p];
                ascii = false;
                capitals = true;
            }
            ascii |= c < 0x80;
            capitals &= Character.isUpperCase(c);
            answers[p + 1] = ascii ? (capitals ? CAPITALS : LOWER) : beforeRun;
        }
        return answers;
    }

    private static Boolean answer(byte answer) {
        return answer == NONE ? null : answer == CAPITALS;
    }
}
