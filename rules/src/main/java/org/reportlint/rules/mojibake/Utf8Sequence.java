package org.reportlint.rules.mojibake;

/**
 * Validates one UTF-8 multi-byte sequence the way a strict decoder does: right length for its lead byte, no
 * overlong forms, no surrogates, nothing above U+10FFFF.
 */
final class Utf8Sequence {
    private Utf8Sequence() {
    }

    /** How many bytes the sequence starting with {@code lead} has, or 0 when {@code lead} cannot start one. */
    static int length(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** Whether {@code b} may follow {@code lead} as the first continuation byte. */
    static boolean validSecond(int lead, int b) {
        int low = 0x80;
        int high = 0xBF;
        switch (lead) {
            case 0xE0 -> low = 0xA0;
            case 0xED -> high = 0x9F;
            case 0xF0 -> low = 0x90;
            case 0xF4 -> high = 0x8F;
            default -> { }
        }
        return b >= low && b <= high;
    }

    static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** The code point of a sequence already validated with {@link #length} and the continuation checks. */
    static int codePoint(int[] bytes) {
        int cp = switch (bytes.length) {
            case 2 -> bytes[0] & 0x1F;
            case 3 -> bytes[0] & 0x0F;
            default -> bytes[0] & 0x07;
        };
        for (int i = 1; i < bytes.length; i++) {
            cp = (cp << 6) | (bytes[i] & 0x3F);
        }
        return cp;
    }
}
