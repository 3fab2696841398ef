package org.reportlint.core.source;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Recognises UTF-16 and UTF-32 written without a byte order mark by where their NUL bytes fall: text that is mostly
 * ASCII has a NUL in every second byte (UTF-16) or three in every four (UTF-32), always in the same places. Text
 * without ASCII in its first bytes cannot be recognised this way and is read as UTF-8 (and reported as invalid).
 */
final class BomlessUnicode {
    private static final int SAMPLE_BYTES = 1024;
    /** Share of units whose NUL bytes must fall in the expected places; binary files scatter them. */
    private static final double REQUIRED_SHARE = 0.9;

    private BomlessUnicode() {
    }

    static Optional<Charset> detect(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        if (sample >= 8 && matches(bytes, sample, 4, 1, 2, 3)) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (sample >= 8 && matches(bytes, sample, 4, 0, 1, 2)) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (sample >= 4 && matches(bytes, sample, 2, 1)) {
            return Optional.of(Charset.forName("UTF-16LE"));
        }
        if (sample >= 4 && matches(bytes, sample, 2, 0)) {
            return Optional.of(Charset.forName("UTF-16BE"));
        }
        return Optional.empty();
    }

    /**
     * Whether nearly every unit of {@code width} bytes has NULs exactly at {@code zeros} and a non-NUL byte in its
     * remaining place (ASCII), and no unit is all NULs.
     */
    private static boolean matches(byte[] bytes, int sample, int width, int... zeros) {
        int units = sample / width;
        int fitting = 0;
        for (int unit = 0; unit < units; unit++) {
            int base = unit * width;
            boolean fits = true;
            int nonZero = 0;
            for (int i = 0; i < width; i++) {
                boolean zero = bytes[base + i] == 0;
                boolean expected = contains(zeros, i);
                if (expected && !zero) {
                    fits = false;
                }
                nonZero += zero ? 0 : 1;
            }
            if (nonZero == 0) {
                return false;
            }
            fitting += fits ? 1 : 0;
        }
        return fitting >= units * REQUIRED_SHARE;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
