package org.reportlint.rules.placeholder;

/**
 * A text with a summary of it made in one pass: the ASCII characters it holds and, hashed into a few bits, the
 * pairs of adjacent characters. Matchers ask it first whether a literal can occur, and a "no" means the scan is
 * not needed. The matchers look up about seventy literals and characters per text and most texts hold none, so one
 * pass here spares them dozens of scans. A "yes" promises nothing, and the matcher then scans as before.
 */
final class TextSketch {
    private static final int PAIR_BITS = 2048;
    private static final int PAIR_MASK = PAIR_BITS - 1;

    private final String text;
    /** ASCII characters 0-63 and 64-127 present, one bit each; meaningless when {@link #everything}. */
    private final long lowAscii;
    private final long highAscii;
    private final boolean nonAscii;
    private final long[] pairs;
    /** Whether every question is answered "may hold": what tests compare the sketch with. */
    private final boolean everything;

    private TextSketch(String text, long lowAscii, long highAscii, boolean nonAscii, long[] pairs,
                       boolean everything) {
        this.text = text;
        this.lowAscii = lowAscii;
        this.highAscii = highAscii;
        this.nonAscii = nonAscii;
        this.pairs = pairs;
        this.everything = everything;
    }

    static TextSketch of(String text) {
        long low = 0;
        long high = 0;
        boolean nonAscii = false;
        long[] pairs = new long[PAIR_BITS / 64];
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << c;
            } else {
                nonAscii = true;
            }
            if (i > 0) {
                int bit = pairHash(previous, c);
                pairs[bit >>> 6] |= 1L << bit;
            }
            previous = c;
        }
        return new TextSketch(text, low, high, nonAscii, pairs, false);
    }

    /** A sketch that knows nothing: every literal may occur, so matchers scan everything, as they did before it. */
    static TextSketch knowingNothing(String text) {
        return new TextSketch(text, 0, 0, true, null, true);
    }

    private static int pairHash(char first, char second) {
        return (first * 31 + second) & PAIR_MASK;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Whether {@code c} may occur; for ASCII characters the answer is exact. */
    boolean mayHold(char c) {
        if (everything) {
            return true;
        }
        if (c < 64) {
            return (lowAscii & 1L << c) != 0;
        }
        if (c < 128) {
            return (highAscii & 1L << c) != 0;
        }
        return nonAscii;
    }

    /** Whether {@code literal} may occur: false when one of its characters or adjacent pairs is missing. */
    boolean mayHold(String literal) {
        if (everything) {
            return true;
        }
        for (int i = 0; i < literal.length(); i++) {
            if (!mayHold(literal.charAt(i))) {
                return false;
            }
            if (i > 0) {
                int bit = pairHash(literal.charAt(i - 1), literal.charAt(i));
                if ((pairs[bit >>> 6] & 1L << bit) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code literal} occurs, scanning only when the sketch cannot rule it out. */
    boolean contains(String literal) {
        return mayHold(literal) && text.contains(literal);
    }

    /** Whether {@code c} occurs, scanning only when the sketch cannot rule it out. */
    boolean contains(char c) {
        return mayHold(c) && text.indexOf(c) >= 0;
    }

    boolean containsAny(String... literals) {
        for (String literal : literals) {
            if (contains(literal)) {
                return true;
            }
        }
        return false;
    }
}
