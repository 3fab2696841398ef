package org.reportlint.rules.crossdocumentfigures;

import java.util.Objects;
import org.reportlint.core.facts.Bounds;
import org.reportlint.core.rule.DocumentLocation;

/**
 * One headline figure of a report's market as the report states it most often: its size for a year or its growth
 * rate for a period.
 *
 * @param figure which figure it is; two reports' figures are compared only when this is equal ({@code size 2030 USD
 *     projected}, {@code cagr forecast value 2024-2030})
 * @param kind a size or a growth rate
 * @param period the year or the period it is for, as messages print it ({@code 2030}, {@code 2024-2030})
 * @param printed the value as written ({@code USD 4.2 billion}, {@code "CAGR of 7.1%"})
 * @param bounds what the value stands for as a reader takes it, qualifier and printed precision included
 * @param location where the report states it
 */
record StatedFigure(String figure, Kind kind, String period, String printed, Bounds bounds,
                    DocumentLocation location) {

    /** The figures the rule compares. */
    enum Kind {
        SIZE("Market size"), GROWTH_RATE("Market growth rate");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How a message names the figure. */
        String label() {
            return label;
        }
    }

    StatedFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(location, "location");
    }

    /** Whether a value could be what both say. */
    boolean agrees(StatedFigure other) {
        return bounds.meets(other.bounds);
    }
}
