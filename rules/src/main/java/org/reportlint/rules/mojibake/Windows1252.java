package org.reportlint.rules.mojibake;

/**
 * The single-byte charsets UTF-8 text is most often misread with: Windows-1252, and ISO-8859-1 for the five bytes
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), which decoders pass through as C1 controls.
 *
 * <p>Written out rather than taken from {@code Charset.forName("windows-1252")} because JDK decoders turn the
 * undefined bytes into U+FFFD, which would lose exactly the bytes a repair needs.
 */
final class Windows1252 {
    /** Characters for bytes 0x80 to 0x9F; bytes 0x00-0x7F and 0xA0-0xFF decode as in Latin-1. */
    private static final String HIGH_CONTROLS =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private Windows1252() {
    }

    /**
     * The byte a misreading decoder turned into {@code c}, or -1 when neither charset produces {@code c}. A C1
     * control also maps to its Latin-1 byte, so text damaged by a Latin-1 reader can be reversed too.
     */
    static int byteOf(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        if (c <= 0x9F) {
            return c;
        }
        int index = HIGH_CONTROLS.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    /** What a Windows-1252 reader shows for {@code b}, with the undefined bytes passed through as Latin-1. */
    static char windows1252Char(int b) {
        return b >= 0x80 && b <= 0x9F ? HIGH_CONTROLS.charAt(b - 0x80) : (char) b;
    }

    /** What a Latin-1 reader shows for {@code b}. */
    static char latin1Char(int b) {
        return (char) b;
    }
}
