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
 * @param needle text every match contains, lower-cased (a literal's first word), so that a text without it is not
 *     searched; empty for a pattern, which is always searched
 */
public record VocabularyEntry(String written, Term term, boolean pattern, boolean ignoreCase, int line, int column,
                              String needle) {

    /**
     * Whether a match may lie in a text whose lower-cased form is {@code lowerCased}: false only when it lacks the
     * needle. Long lists cost an {@code indexOf} per text for the entries a document does not contain.
     */
    public boolean mayOccurIn(String lowerCased) {
        return needle.isEmpty() || lowerCased.contains(needle);
    }
}
