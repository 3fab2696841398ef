package org.reportlint.core.format.internal;

/**
 * Makes document text safe to print on a terminal: control characters, which could move the cursor or recolor the
 * screen, and bidirectional overrides, which could reorder what a reader sees, become visible stand-ins of the same
 * length so that columns stay where they were. A lone surrogate, which no terminal encoding can write, becomes U+FFFD.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /** {@code text} with what a terminal would act on replaced by visible stand-ins. */
    public static String safe(String text) {
        text = Utf16.withoutLoneSurrogates(text);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = replacement(c);
            if (replacement != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char replacement(char c) {
        if (c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c); // the Unicode "control picture" of the character, e.g. U+241B for ESC
        }
        if (c == 0x7f) {
            return '\u2421';
        }
        if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return '\uFFFD';
        }
        return c;
    }
}
