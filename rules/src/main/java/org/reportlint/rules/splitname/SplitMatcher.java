package org.reportlint.rules.splitname;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides whether an entry is the rest of the name in the entry before it, and how the two join again. */
final class SplitMatcher {
    /** Company names in lists are short; a longer entry is a sentence, not a name missing its legal form. */
    private static final int MAX_NAME_WORDS = 12;
    /** Longer than any legal form or rest of a place name: most entries are ruled out before any lookup. */
    private static final int MAX_FRAGMENT_CHARS = 40;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Lower-case words that names of companies and places contain ("Bank of America", "Procter and Gamble"). */
    private static final Set<String> JOINING_WORDS = Set.of(
            "of", "and", "the", "for", "de", "del", "della", "di", "du", "des", "la", "le", "les", "y", "e", "et",
            "und", "van", "von", "der", "den", "da", "do", "dos", "das");

    private final LegalForms legalForms;
    private final PlaceNames placeNames;

    SplitMatcher(LegalForms legalForms, PlaceNames placeNames) {
        this.legalForms = legalForms;
        this.placeNames = placeNames;
    }

    /** What a matched fragment is. */
    enum Kind { LEGAL_FORM, PLACE_NAME }

    /**
     * A fragment found: its kind and the text that joins it to the previous entry.
     *
     * @param kind whether the fragment is a legal form or the rest of a place name
     * @param separator what goes between the previous entry's text and the fragment when they are joined
     */
    record Split(Kind kind, String separator) {
    }

    /** The split when {@code entry} is the rest of {@code previous}; empty when it is an entry of its own. */
    Optional<Split> match(String previous, String entry) {
        if (entry.length() > MAX_FRAGMENT_CHARS) {
            return Optional.empty();
        }
        if (placeNames.completes(previous, entry)) {
            return Optional.of(new Split(Kind.PLACE_NAME, " "));
        }
        if (legalForms.isLegalForm(entry) && looksLikeCompanyName(previous)
                && (!LegalForms.isOrdinaryWord(entry) || wordCount(previous) >= 2)) {
            return Optional.of(new Split(Kind.LEGAL_FORM, LegalForms.separator(previous, entry)));
        }
        return Optional.empty();
    }

    /**
     * A short name in title case that does not already end with a legal form: not a heading, a sentence or a
     * value such as "Widely available".
     */
    private boolean looksLikeCompanyName(String entry) {
        String text = entry.strip();
        if (text.isEmpty() || wordCount(text) > MAX_NAME_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == ':' || last == ';' || last == '?' || last == '!') {
            return false;
        }
        boolean hasLetter = false;
        for (String word : WHITESPACE.split(text)) {
            hasLetter |= word.chars().anyMatch(Character::isLetter);
            if (!isNameWord(word)) {
                return false;
            }
        }
        return hasLetter && !legalForms.endsWithLegalForm(text);
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

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : WHITESPACE.split(stripped).length;
    }
}
