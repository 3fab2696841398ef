package org.reportlint.core.custom;

import java.util.List;
import org.reportlint.core.facts.Facts;

/**
 * What a {@code figure} rule asks of one kind of fact a document states: a CAGR within limits, a market size within
 * limits, a forecast period of given years. It reads the facts the built-in rules read and never the text itself.
 */
public sealed interface FigureCondition permits CagrCondition, MarketSizeCondition, ForecastPeriodCondition {

    /** The fact as written in the config: {@code cagr}, {@code market-size}, {@code forecast-period}. */
    String fact();

    /** The condition, one {@code Name: value} line each, for {@code explain} and the cache digest. */
    List<String> details();

    /** Every statement of the fact that breaks the condition, in document order. */
    List<FigureBreach> breaches(Facts facts);
}
