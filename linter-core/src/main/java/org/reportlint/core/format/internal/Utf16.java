package org.reportlint.core.format.internal;

/**
 * Repairs text for encoders: a surrogate without its partner (an excerpt cut inside a pair, a decoded character
 * reference) cannot be written as UTF-8 and makes XML invalid, so it becomes U+FFFD.
 */
final class Utf16 {
    static final char REPLACEMENT = '\uFFFD';

    private Utf16() {
    }

    static String withoutLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean lone = Character.isSurrogate(c);
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
