package org.reportlint.rules.placeholder;

/**
 * Cheap substring tests that let a matcher skip a block before it runs its patterns: a regular expression with
 * many alternatives costs far more per character than a look-up in the text's {@link CharIndex}.
 */
final class Needles {
    private Needles() {
    }

    static boolean containsAny(CharIndex text, String... needles) {
        return text.containsAny(needles);
    }

    /** Whether some {@code %} follows a space, as an emptied figure leaves it; {@code 14.6%} does not. */
    static boolean hasSpacedPercent(CharIndex text) {
        for (int at : text.of('%')) {
            if (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
