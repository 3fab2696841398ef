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
 */
public record VocabularyEntry(String written, Term term, boolean pattern, boolean ignoreCase, int line, int column) {
}
