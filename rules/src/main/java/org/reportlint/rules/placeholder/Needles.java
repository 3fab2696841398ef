package org.reportlint.rules.placeholder;

/**
 * Cheap tests that let a matcher skip a block before it runs its patterns: a regular expression with many
 * alternatives costs far more per character than {@link String#contains}. Plain substring tests are
 * {@link TextSketch#containsAny}.
 */
final class Needles {
    private Needles() {
    }

    /** Whether some {@code %} follows a space, as an emptied figure leaves it; {@code 14.6%} does not. */
    static boolean hasSpacedPercent(TextSketch sketch) {
        if (!sketch.mayHold('%')) {
            return false;
        }
        String text = sketch.text();
        for (int at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
            if (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
