package org.reportlint.rules.text;

/**
 * A text with no-break and other fixed-width spaces written as plain ones, one for one so offsets stay put:
 * {@code Certainly!&nbsp;Here is} and {@code USD&nbsp;XX.X} are the same leftovers as with a space, and messages
 * quoting them then show an ordinary space.
 */
public final class PlainSpaces {
    private PlainSpaces() {
    }

    /** {@code text} with each fixed-width space a plain space; {@code text} itself when it has none (most). */
    public static String of(String text) {
        int first = 0;
        while (first < text.length() && !isFixedWidthSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isFixedWidthSpace(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * A no-break space (U+00A0, U+202F) or one of the fixed-width spaces U+2000 to U+200A; one comparison for the
     * ASCII and Latin letters nearly every character is.
     */
    public static boolean isFixedWidthSpace(char c) {
        return c >= '\u00A0' && (c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A'));
    }
}
