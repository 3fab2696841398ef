package org.reportlint.core.vocabulary;

import org.reportlint.core.source.TextRange;

/**
 * An occurrence of a rejected term in a document.
 *
 * @param range the source range of the occurrence
 * @param text the text as it appears
 * @param entry the entry it matched
 * @param list the list the entry is in
 */
public record Rejection(TextRange range, String text, VocabularyEntry entry, VocabularyList list) {

    /** The finding's message: the text, and the list it is rejected by (the entry too when it is a pattern). */
    public String message() {
        String quoted = "\"" + text.replaceAll("\\s+", " ") + "\"";
        return quoted + " is rejected by the vocabulary " + list.file()
                + (entry.pattern() ? " (entry \"" + entry.written() + "\")" : "");
    }
}
