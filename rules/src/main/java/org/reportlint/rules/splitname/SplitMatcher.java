package org.reportlint.rules.splitname;

import java.util.Optional;

/** Decides whether an entry is the rest of the name in the entry before it, and how the two join again. */
final class SplitMatcher {
    /** Company names in lists are short; a longer entry is a sentence, not a name missing its legal form. */
    private static final int MAX_NAME_WORDS = 12;

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
        if (placeNames.completes(previous, entry)) {
            return Optional.of(new Split(Kind.PLACE_NAME, " "));
        }
        if (legalForms.isLegalForm(entry) && looksLikeCompanyName(previous)) {
            return Optional.of(new Split(Kind.LEGAL_FORM, LegalForms.separator(previous, entry)));
        }
        return Optional.empty();
    }

    /** A short capitalised name that does not already end with a legal form, not a heading or a sentence. */
    private boolean looksLikeCompanyName(String entry) {
        String text = entry.strip();
        if (text.isEmpty() || text.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == ':' || last == ';' || last == '?' || last == '!') {
            return false;
        }
        int first = 0;
        while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || Character.isLowerCase(text.charAt(first))) {
            return false;
        }
        return !legalForms.endsWithLegalForm(text);
    }
}
