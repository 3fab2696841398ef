package org.reportlint.core.facts;

import org.reportlint.core.source.TextRange;

/**
 * An amount a report states as the size of a market in a year: {@code valued at USD 4.2 billion in 2023}, {@code
 * expected to reach USD 9.1 billion by 2030}, a report-scope table row {@code Market size value in 2023 | USD 4.2
 * billion}.
 *
 * @param value the amount
 * @param year the year it is the size for
 * @param qualifier how the amount was qualified ({@code approximately}, {@code over})
 * @param subject whose size it is: the document's market, a segment, a region, a company or another market
 * @param projected whether the words make the amount a projection ({@code is expected to reach}, {@code will be
 *     worth}, a {@code Revenue forecast in 2031} row) rather than a size stated as reached or estimated ({@code was
 *     valued at}, {@code grow from USD 4 billion in 2023}): a report's forecast for a year and a later report's
 *     figure for that year are two different figures
 */
public record MarketSize(Figure value, int year, RateQualifier qualifier, Subject subject, boolean projected) {

    /** The amounts the statement stands for as a reader takes it, in currency units. */
    public Bounds bounds() {
        return Bounds.of(value, qualifier);
    }

    public TextRange sourceRange() {
        return value.sourceRange();
    }

    /** The amount as written. */
    public String text() {
        return value.text();
    }
}
