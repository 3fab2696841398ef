package org.reportlint.core.vocabulary;

import org.reportlint.core.custom.Term;

/**
 * One line of a word list: a term as written and how it matches.
 *
 * @param written the entry as written in the list, {@code re:} prefix included for a pattern
 * @param term the compiled term; always whole-word, as in an {@code existence} custom rule
 * @param pattern whether the entry is an RE2 pattern ({@code re:...}) rather than a literal term
 * @param ignoreCase whether it matches in any case: a literal written without capitals does, anything else matches
 *     exactly as written (a pattern can say {@code (?i)})
 * @param line the 1-based line of the entry in its list file
 * @param column the 1-based column where the entry starts
 * @param needle the word every match starts with, lower-cased (the letters, digits and underscores a literal starts
 *     with), so that a text without that word is not searched; empty for a pattern or a literal that starts with
 *     punctuation, which are always searched
 */
public record VocabularyEntry(String written, Term term, boolean pattern, boolean ignoreCase, int line, int column,
                              String needle) {

    /**
     * Whether a match may lie in a text with these words: false only when the needle is not among them. A match
     * starts at a word edge (entries match whole words), so its first word is a word of the text, whole. Long lists
     * then cost one lookup per entry and document.
     */
    public boolean mayOccurIn(WordSet words) {
        return needle.isEmpty() || words.contains(needle);
    }
}
