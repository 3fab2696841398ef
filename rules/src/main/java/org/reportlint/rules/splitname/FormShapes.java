package org.reportlint.rules.splitname;

import java.util.BitSet;
import java.util.Collection;

/**
 * The shapes of the keys legal forms are compared by: for each key length, the first and last characters that occur.
 * A text whose key has a shape no form has is no legal form, which rules out nearly every entry of a list before any
 * of its three keys is built.
 *
 * <p>A text's key here is what every comparison key of {@link LegalForms} keeps of it, letter case and periods
 * aside: the characters that are not blanks, commas or periods, in lower case. Only keys in ASCII are recorded, so a
 * text whose key is not all ASCII is never ruled out.
 */
final class FormShapes {
    private static final int ASCII = 128;

    private final BitSet shapes = new BitSet();
    private final int longest;
    private final boolean emptyKey;

    /** The shapes of {@code keys}: lower case, without blanks, commas and periods. */
    FormShapes(Collection<String> keys) {
        int max = 0;
        boolean empty = false;
        for (String key : keys) {
            if (key.isEmpty()) {
                empty = true;
            } else if (key.chars().allMatch(c -> c < ASCII)) {
                shapes.set(index(key.length(), key.charAt(0), key.charAt(key.length() - 1)));
                max = Math.max(max, key.length());
            }
        }
        this.longest = max;
        this.emptyKey = empty;
    }

    /** Whether characters {@code [start, end)} of {@code text} may be a legal form; false only when they cannot be. */
    boolean mayBeForm(CharSequence text, int start, int end) {
        int length = 0;
        char first = 0;
        char last = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isIgnored(c)) {
                continue;
            }
            if (c >= ASCII) {
                return true;
            }
            if (++length > longest) {
                return false;
            }
            last = toLowerAscii(c);
            if (length == 1) {
                first = last;
            }
        }
        return length == 0 ? emptyKey : shapes.get(index(length, first, last));
    }

    /** What no key keeps: the characters the keys of {@link LegalForms} drop, periods included. */
    static boolean isIgnored(char c) {
        return LegalForms.isDroppedByEveryKey(c) || c == '.';
    }

    private static char toLowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int index(int length, char first, char last) {
        return (length * ASCII + first) * ASCII + last;
    }
}
