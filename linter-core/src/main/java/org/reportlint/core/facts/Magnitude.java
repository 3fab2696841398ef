package org.reportlint.core.facts;

/** The scale word or abbreviation printed after a number: {@code billion}, {@code Bn}, {@code B}, {@code Mn}. */
public enum Magnitude {
    /** No scale word. */
    ONE(1),
    /** {@code thousand}, {@code K} with a currency. */
    THOUSAND(1e3),
    /** {@code lakh}, the Indian hundred thousand. */
    LAKH(1e5),
    /** {@code million}, {@code Mn}, {@code mn}, {@code Mln}, {@code MM} or {@code M} with a currency. */
    MILLION(1e6),
    /** {@code crore}, the Indian ten million. */
    CRORE(1e7),
    /** {@code billion}, {@code Bn}, {@code bn}, {@code Bln} or {@code B} with a currency. */
    BILLION(1e9),
    /** {@code trillion}, {@code Tn}, {@code Trn} or {@code T} with a currency. */
    TRILLION(1e12);

    private final double factor;

    Magnitude(double factor) {
        this.factor = factor;
    }

    /** What the printed number is multiplied by. */
    public double factor() {
        return factor;
    }
}
