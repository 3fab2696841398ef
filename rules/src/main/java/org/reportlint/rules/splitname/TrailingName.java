package org.reportlint.rules.splitname;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The company name an entry ends with: the whole entry when it is a short name in title case, else the run of
 * name words that closes a sentence ("The leaders are Northwind Grid, Sunrise Power Co." ends with
 * "Sunrise Power Co."), as when a template breaks a prose list into paragraphs.
 *
 * @param text the name
 * @param start where the name starts in the entry's text
 * @param wholeEntry whether the name is the whole entry rather than the end of a longer text
 */
record TrailingName(String text, int start, boolean wholeEntry) {
    /** Company names in lists are short; a longer entry is a sentence, not a name missing its legal form. */
    private static final int MAX_NAME_WORDS = 12;
    /** Lower-case words that names of companies and places contain ("Bank of America", "Procter and Gamble"). */
    private static final Set<String> JOINING_WORDS = Set.of(
            "of", "and", "the", "for", "de", "del", "della", "di", "du", "des", "la", "le", "les", "y", "e", "et",
            "und", "van", "von", "der", "den", "da", "do", "dos", "das");

    /**
     * The name {@code entry} ends with; empty when it ends with something else: a label ("Key players:"), a
     * question, a lower-case word, a value such as "Widely available" or a label and value ("Availability: Low").
     */
    static Optional<TrailingName> of(String entry) {
        List<int[]> words = words(entry);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        char last = entry.charAt(words.get(words.size() - 1)[1] - 1);
        if (last == ':' || last == ';' || last == '?' || last == '!') {
            return Optional.empty();
        }
        int first = words.size();
        // A word that ends a clause (a comma, a colon) ends the name too, unless it is the entry's last word.
        while (first > 0 && words.size() - first <= MAX_NAME_WORDS && isNameWord(word(entry, words, first - 1))
                && (first == words.size() || !endsClause(word(entry, words, first - 1)))) {
            first--;
        }
        int end = words.get(words.size() - 1)[1];
        if (first == 0 && words.size() <= MAX_NAME_WORDS) {
            return wholeName(entry.substring(words.get(0)[0], end), words.get(0)[0]);
        }
        while (first < words.size() && JOINING_WORDS.contains(word(entry, words, first).toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (first == words.size() || words.size() - first > MAX_NAME_WORDS
                || !Character.isUpperCase(word(entry, words, words.size() - 1).charAt(0))) {
            return Optional.empty();
        }
        int start = words.get(first)[0];
        return Optional.of(new TrailingName(entry.substring(start, end), start, false));
    }

    private static Optional<TrailingName> wholeName(String text, int start) {
        // "Availability: Low" is a label and its value, not a name.
        return text.chars().anyMatch(Character::isLetter) && text.indexOf(':') < 0
                ? Optional.of(new TrailingName(text, start, true)) : Optional.empty();
    }

    /** The start and end of each run of non-blank characters. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Entry.isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Entry.isBlank(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static String word(String text, List<int[]> words, int index) {
        return text.substring(words.get(index)[0], words.get(index)[1]);
    }

    /** A word of a name: capitalised, with a capital inside ("eBay"), not a letter word, or a small joining word. */
    private static boolean isNameWord(String word) {
        int first = 0;
        while (first < word.length() && !Character.isLetterOrDigit(word.charAt(first))) {
            first++;
        }
        if (first == word.length() || !Character.isLowerCase(word.charAt(first))) {
            return true;
        }
        return word.chars().anyMatch(Character::isUpperCase)
                || JOINING_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean endsClause(String word) {
        char last = word.charAt(word.length() - 1);
        return last == ',' || last == ';' || last == ':' || last == ')';
    }
}
