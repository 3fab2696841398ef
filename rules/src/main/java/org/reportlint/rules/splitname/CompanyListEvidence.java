package org.reportlint.rules.splitname;

import java.util.List;
import java.util.Optional;

/**
 * Whether the entries around a fragment name companies: one of them is a short name ending with a form that is
 * nothing but a legal form ("Brightway Energy Inc."), or is such a form split off the company name before it
 * ("Tundra Refrigeration" then "Inc.").
 *
 * <p>Only the run of short entries around the fragment counts, up to a label, a sentence or anything else that is not
 * a name: a run of paragraphs may hold a list of companies and, further on, a list of editions. Worked out only when
 * asked, since only a fragment that is also an ordinary word needs it.
 */
final class CompanyListEvidence {
    /** Farther entries say nothing about this one, and the cap bounds the work on very long runs. */
    private static final int MAX_DISTANCE = 40;

    private final List<Entry> sequence;
    private final LegalForms legalForms;

    CompanyListEvidence(List<Entry> sequence, LegalForms legalForms) {
        this.sequence = sequence;
        this.legalForms = legalForms;
    }

    /** Whether the run of short entries around the entry at {@code index} names companies. */
    boolean namesCompanies(int index) {
        for (int i = index - 1; i >= Math.max(0, index - MAX_DISTANCE) && isShort(i); i--) {
            if (isCompany(i)) {
                return true;
            }
        }
        for (int i = index + 1; i < Math.min(sequence.size(), index + MAX_DISTANCE) && isShort(i); i++) {
            if (isCompany(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the entry after the one at {@code index} is a legal form on its own too: then the list is one of legal
     * forms ("Partnership", "LLC", "Corporation"), not of companies.
     */
    boolean listsLegalForms(int index) {
        return index + 1 < sequence.size() && legalForms.isLegalForm(sequence.get(index + 1).text());
    }

    private boolean isShort(int index) {
        String text = sequence.get(index).text();
        return legalForms.isLegalForm(text) || wholeName(text).isPresent();
    }

    private boolean isCompany(int index) {
        String text = sequence.get(index).text();
        if (legalForms.strength(text) == LegalForms.Strength.DISTINCTIVE) {
            return index > 0 && wholeName(sequence.get(index - 1).text())
                    .filter(name -> !legalForms.endsWithLegalForm(name.text())).isPresent();
        }
        return wholeName(text).filter(name -> legalForms.endsWithDistinctiveForm(name.text())).isPresent();
    }

    private static Optional<TrailingName> wholeName(String text) {
        return TrailingName.of(text).filter(TrailingName::wholeEntry);
    }
}
