package org.reportlint.core.facts;

/** What a number in a report's text measures. */
public enum FigureKind {
    /** An amount of money with its currency: {@code USD 4.98 billion}, {@code $1.35 Bn}, {@code €3.2 million}. */
    MONEY,
    /** A percentage: {@code 14.6%}, {@code 14.6 percent}, {@code 14.6 per cent}. */
    PERCENT,
    /** Any other number that is not a year, an identifier or part of a date, phone number or version. */
    COUNT
}
