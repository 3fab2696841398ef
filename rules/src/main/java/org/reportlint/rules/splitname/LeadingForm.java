package org.reportlint.rules.splitname;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal form that starts a longer entry, cut off the name in the entry before when a template split a list of
 * names at the comma inside one of them: "Sunrise Power Co." then "Ltd., Acme Solar and Brightway Energy Inc.".
 *
 * <p>Only a form followed by a list separator and another name counts: "Ltd., Acme" and "Ltd. and Acme", but not
 * "Inc. and partners" nor "AB Volvo", where the form may be the start of a name of its own.
 *
 * @param formEnd where the form ends in the entry's text
 * @param restStart where the rest of the entry starts, after the separator that followed the form; a joining
 *     "and" or "&amp;" stays with the rest
 * @param strength how surely the form is a legal form
 */
record LeadingForm(int formEnd, int restStart, LegalForms.Strength strength) {
    /** Between the form and the next name: a comma or semicolon (dropped), or a joining word (kept). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?=\\p{Lu})|\\s+(?=(?:and|&)\\s+\\p{Lu})");
    /** Longer than any legal form: a longer first part is not one, whatever follows. */
    private static final int MAX_FORM_CHARS = 24;

    /** The longest legal form the entry starts with before a separator and another name; empty if none. */
    static Optional<LeadingForm> find(String entry, LegalForms forms) {
        if (entry.isEmpty() || !Character.isLetter(entry.charAt(0))) {
            return Optional.empty();
        }
        LeadingForm found = null;
        // Made only once a first part may be a form: most entries start with a word that is none.
        Matcher separator = null;
        int wordEnd = 0;
        for (int words = 0; words < LegalForms.MAX_FORM_WORDS && wordEnd < entry.length(); words++) {
            while (wordEnd < entry.length() && Entry.isBlank(entry.charAt(wordEnd))) {
                wordEnd++;
            }
            while (wordEnd < entry.length() && !Entry.isBlank(entry.charAt(wordEnd))) {
                wordEnd++;
            }
            int formEnd = wordEnd;
            while (formEnd > 0 && (entry.charAt(formEnd - 1) == ',' || entry.charAt(formEnd - 1) == ';')) {
                formEnd--;
            }
            if (formEnd > MAX_FORM_CHARS) {
                break;
            }
            if (formEnd == 0 || formEnd == entry.length() || !forms.mayBeLegalForm(entry, 0, formEnd)) {
                continue;
            }
            if (separator == null) {
                separator = SEPARATOR.matcher(entry);
            }
            separator.region(formEnd, entry.length());
            if (separator.lookingAt()) {
                LegalForms.Strength strength = forms.strength(entry.substring(0, formEnd));
                if (strength != LegalForms.Strength.NONE) {
                    found = new LeadingForm(formEnd, separator.end(), strength);
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
