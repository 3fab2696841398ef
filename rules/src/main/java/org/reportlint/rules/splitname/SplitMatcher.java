package org.reportlint.rules.splitname;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Decides whether an entry is, or starts with, the rest of the name in the entry before it, and how they join. */
final class SplitMatcher {
    /** Longer than any legal form or rest of a place name: most entries are ruled out before any lookup. */
    private static final int MAX_FRAGMENT_CHARS = 40;

    private final LegalForms legalForms;
    private final PlaceNames placeNames;

    SplitMatcher(LegalForms legalForms, PlaceNames placeNames) {
        this.legalForms = legalForms;
        this.placeNames = placeNames;
    }

    /** What a matched fragment is. */
    enum Kind { LEGAL_FORM, PLACE_NAME }

    /**
     * A fragment found at the start of an entry.
     *
     * @param kind whether the fragment is a legal form or the rest of a place name
     * @param separator what goes between the name in the previous entry and the fragment when they are joined
     * @param fragmentEnd where the fragment ends in the entry's text: the whole entry, or a legal form that
     *     starts it
     * @param restStart where the rest of the entry starts once the fragment is moved; the entry's length when the
     *     fragment is all of it
     * @param name the name in the previous entry that the fragment belongs to
     * @param nameStart where that name starts in the previous entry's text
     */
    record Split(Kind kind, String separator, int fragmentEnd, int restStart, String name, int nameStart) {
        /** Whether the fragment is the whole entry, so that the entry goes when the fragment is moved. */
        boolean wholeEntry() {
            return restStart == fragmentEnd;
        }
    }

    /** The split of a pair of entries seen on their own: no other entry tells what the list is about. */
    Optional<Split> match(String previous, String entry) {
        return match(previous, entry, false, () -> false);
    }

    /**
     * The split when {@code entry} is, or starts with, the rest of {@code previous}; empty when it is an entry of
     * its own.
     *
     * @param afterWrap whether a line end that may only wrap text lies between the two
     * @param namesCompanies whether other entries of the list show that it names companies, asked only when a
     *     fragment is a form that is also an ordinary word
     */
    Optional<Split> match(String previous, String entry, boolean afterWrap, BooleanSupplier namesCompanies) {
        if (entry.length() <= MAX_FRAGMENT_CHARS && placeNames.completes(previous, entry)) {
            return Optional.of(new Split(Kind.PLACE_NAME, " ", entry.length(), entry.length(), previous, 0));
        }
        int fragmentEnd = entry.length();
        int restStart = entry.length();
        LegalForms.Strength strength = entry.length() <= MAX_FRAGMENT_CHARS
                ? legalForms.strength(entry) : LegalForms.Strength.NONE;
        if (strength == LegalForms.Strength.NONE) {
            Optional<LeadingForm> leading = LeadingForm.find(entry, legalForms);
            if (leading.isEmpty()) {
                return Optional.empty();
            }
            fragmentEnd = leading.get().formEnd();
            restStart = leading.get().restStart();
            strength = leading.get().strength();
        }
        String form = entry.substring(0, fragmentEnd);
        Optional<TrailingName> name = TrailingName.of(previous);
        if (name.isEmpty() || legalForms.endsWithLegalForm(name.get().text()) || isAcronymList(name.get(), form)
                || !enoughEvidence(name.get(), form, strength, afterWrap, namesCompanies)) {
            return Optional.empty();
        }
        String company = name.get().text();
        return Optional.of(new Split(Kind.LEGAL_FORM, LegalForms.separator(company, form), fragmentEnd, restStart,
                company, name.get().start()));
    }

    /**
     * A name that ends a sentence needs a break that cannot be a wrapped line and a form that is nothing else; a
     * form that is also an ordinary word ("Limited" after "Sport Edition") needs the name to end with the start of
     * a longer form ("Acme Co." / "Limited") or a list that names companies.
     */
    private boolean enoughEvidence(TrailingName name, String form, LegalForms.Strength strength, boolean afterWrap,
                                   BooleanSupplier namesCompanies) {
        boolean completesLongerForm = completesLongerForm(name.text(), form);
        if (!name.wholeEntry()) {
            return !afterWrap && (strength == LegalForms.Strength.DISTINCTIVE || completesLongerForm);
        }
        return strength == LegalForms.Strength.DISTINCTIVE || completesLongerForm || namesCompanies.getAsBoolean();
    }

    /**
     * Whether a form in capitals without periods follows an entry that is one acronym: "DCS" then "PLC" lists
     * technologies (a programmable logic controller), "MES" then "APS" segments, not a company and its form.
     */
    private static boolean isAcronymList(TrailingName name, String form) {
        return name.wholeEntry() && isAcronym(name.text()) && isAcronym(form);
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Whether the last word of the name and the form are one longer form: "Co." and "Limited", "Pvt." and "Ltd.". */
    private boolean completesLongerForm(String name, String form) {
        int lastWord = name.lastIndexOf(' ') + 1;
        return lastWord > 0 && legalForms.isLegalForm(name.substring(lastWord) + " " + form);
    }
}
