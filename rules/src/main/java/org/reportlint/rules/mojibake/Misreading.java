package org.reportlint.rules.mojibake;

import java.nio.charset.StandardCharsets;

/** A wrong decoding of UTF-8 bytes: the charset a reader used instead of UTF-8. */
enum Misreading {
    WINDOWS_1252("Windows-1252"),
    LATIN_1("Latin-1");

    private final String displayName;

    Misreading(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** Damages {@code text} the way this reader does, {@code rounds} times over: the forward direction of mojibake. */
    String misread(String text, int rounds) {
        String damaged = text;
        for (int round = 0; round < rounds; round++) {
            byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
            StringBuilder shown = new StringBuilder(bytes.length);
            for (byte b : bytes) {
                int unsigned = b & 0xFF;
                shown.append(this == WINDOWS_1252
                        ? Windows1252.windows1252Char(unsigned) : Windows1252.latin1Char(unsigned));
            }
            damaged = shown.toString();
        }
        return damaged;
    }
}
