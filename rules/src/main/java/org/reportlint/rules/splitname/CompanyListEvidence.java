package org.reportlint.rules.splitname;

import java.util.List;
import java.util.Optional;

/**
 * Whether a sequence of entries names companies: one of its entries is a short name ending with a form that is
 * nothing but a legal form ("Brightway Energy Inc."), or is such a form split off the company name before it
 * ("Tundra Refrigeration" then "Inc."). Worked out once per sequence and only when asked, since only a fragment
 * that is also an ordinary word needs it.
 */
final class CompanyListEvidence {
    private final List<Entry> sequence;
    private final LegalForms legalForms;
    private Boolean namesCompanies;

    CompanyListEvidence(List<Entry> sequence, LegalForms legalForms) {
        this.sequence = sequence;
        this.legalForms = legalForms;
    }

    boolean namesCompanies() {
        if (namesCompanies == null) {
            namesCompanies = false;
            for (int i = 0; i < sequence.size() && !namesCompanies; i++) {
                namesCompanies = isCompany(i);
            }
        }
        return namesCompanies;
    }

    private boolean isCompany(int index) {
        String text = sequence.get(index).text();
        if (legalForms.strength(text) == LegalForms.Strength.DISTINCTIVE) {
            return index > 0 && companyNameWithoutForm(sequence.get(index - 1).text());
        }
        Optional<TrailingName> name = TrailingName.of(text).filter(TrailingName::wholeEntry);
        return name.isPresent() && legalForms.endsWithDistinctiveForm(name.get().text());
    }

    private boolean companyNameWithoutForm(String text) {
        return TrailingName.of(text).filter(TrailingName::wholeEntry)
                .filter(name -> !legalForms.endsWithLegalForm(name.text())).isPresent();
    }
}
