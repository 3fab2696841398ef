package org.reportlint.rules.generatorleftover;

/**
 * A text with no-break and other fixed-width spaces written as plain ones, one for one so offsets stay put:
 * {@code Certainly!&nbsp;Here is} is the same leftover, and the message then shows an ordinary space.
 */
final class PlainSpaces {
    private PlainSpaces() {
    }

    static String of(String text) {
        int first = 0;
        while (first < text.length() && !isFixedWidthSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            // Most blocks have none: no copy then.
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

    static boolean isFixedWidthSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A');
    }
}
