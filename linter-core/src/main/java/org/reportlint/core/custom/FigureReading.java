package org.reportlint.core.custom;

import org.reportlint.core.facts.Bounds;
import org.reportlint.core.facts.RateQualifier;

/**
 * What a printed figure stands for as a reader takes it, as {@code conflicting-figures} reads it ({@link Bounds}),
 * and whether its ends are open: "over 25%" is above 25 but not 25 itself. A figure breaks a limit only when all it
 * can stand for lies beyond the limit, so a rounding of the limit ("25%" against 25), a range across it ("20-30%")
 * and a loose "about" near it are not reported.
 */
record FigureReading(Bounds bounds, boolean openLow, boolean openHigh) {

    static FigureReading of(Bounds bounds, RateQualifier qualifier, boolean negated) {
        boolean openLow = qualifier == RateQualifier.OVER;
        boolean openHigh = qualifier == RateQualifier.UNDER || qualifier == RateQualifier.NEARLY;
        // A declining rate is negated, so its ends swap.
        return negated ? new FigureReading(bounds, openHigh, openLow) : new FigureReading(bounds, openLow, openHigh);
    }

    boolean above(Limit max) {
        return bounds.low() > max.value() || openLow && bounds.low() >= max.value();
    }

    boolean below(Limit min) {
        return bounds.high() < min.value() || openHigh && bounds.high() <= min.value();
    }
}
