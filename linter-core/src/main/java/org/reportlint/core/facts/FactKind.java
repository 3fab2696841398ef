package org.reportlint.core.facts;

/** The kinds of shared facts whose computing time {@link FactTimes} keeps apart, as {@code --stats} names them. */
public enum FactKind {
    SENTENCES("sentences"),
    YEAR_RANGES("year ranges"),
    FIGURES("figures"),
    SUBJECTS("subjects"),
    CAGR_STATEMENTS("cagr statements"),
    MARKET_SIZES("market sizes");

    private final String label;

    FactKind(String label) {
        this.label = label;
    }

    /** The name {@code --stats} prints for this kind. */
    public String label() {
        return label;
    }
}
