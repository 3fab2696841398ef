package org.reportlint.rules.crossdocumentfigures;

import java.util.List;
import java.util.Objects;

/**
 * What the rule keeps of one report: its market and the headline figures it states for it; a few strings and
 * numbers, never the text.
 *
 * @param market the market's {@link MarketKey}, by which reports are matched
 * @param name the market's name as the report's title gives it, normalised, for messages ({@code widget market})
 * @param figures one per figure, in document order
 */
record MarketFigures(String market, String name, List<StatedFigure> figures) {

    MarketFigures {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(name, "name");
        figures = List.copyOf(figures);
    }
}
