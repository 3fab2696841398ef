package org.reportlint.rules.cagrarithmetic;

import org.reportlint.core.facts.Bounds;
import org.reportlint.core.facts.DatedValue;
import org.reportlint.core.facts.Figure;
import org.reportlint.core.facts.MarketSize;

/**
 * One amount for one year that a growth rate can be checked against.
 *
 * @param value the amount as printed
 * @param year the year it is for
 * @param bounds what it stands for, as a reader takes it
 */
record Point(Figure value, int year, Bounds bounds) {

    static Point of(DatedValue dated) {
        return new Point(dated.value(), dated.year().year(), dated.bounds());
    }

    static Point of(MarketSize size) {
        return new Point(size.value(), size.year(), size.bounds());
    }

    /** The amount and year as a reader would quote them: "USD 4.98 billion in 2023". */
    String describe() {
        return value.text() + " in " + year;
    }
}
