package org.reportlint.rules.headingstructure;

import org.jsoup.nodes.Element;
import org.reportlint.core.source.TextRange;

/**
 * One heading of a document's outline.
 *
 * @param level 1 to 6
 * @param text its visible text, whitespace collapsed; empty for an empty heading
 * @param range where to report it: its visible text, or the whole heading when it has none
 * @param scope the {@code article} element whose outline it belongs to, or null for the document's own outline
 */
record Heading(int level, String text, TextRange range, Element scope) {
    private static final int QUOTED_LENGTH = 60;

    boolean isEmpty() {
        return text.isEmpty();
    }

    String tag() {
        return "h" + level;
    }

    /** The text as a message quotes it, shortened when long. */
    String quoted() {
        String shown = text.length() <= QUOTED_LENGTH ? text : text.substring(0, QUOTED_LENGTH - 1).strip() + "\u2026";
        return "\"" + shown + "\"";
    }
}
