package org.reportlint.rules.crossdocumentfigures;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.reportlint.core.facts.CagrStatement;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Period;
import org.reportlint.core.facts.StatementKind;
import org.reportlint.core.facts.YearRange;

/**
 * The period a growth rate is for, exactly, so that rates of different reports are compared only for one period.
 *
 * <p>A printed period is the period. A forecast rate that prints none ("over the forecast period", "by 2030", "from
 * USD 4 billion in 2023 to USD 9 billion by 2030") is for the report's forecast period when the report gives one and
 * only one, and what the statement says of its years fits it: the same end year, and a start year that is the
 * period's or the base year before it. Otherwise a rate whose own values give both years is for those years, and any
 * other rate has no known period and is not compared.
 */
final class RatePeriods {
    private final Optional<Period> forecast;

    private RatePeriods(Optional<Period> forecast) {
        this.forecast = forecast;
    }

    static RatePeriods of(Facts facts) {
        Set<Period> periods = new LinkedHashSet<>();
        for (YearRange range : facts.yearRanges()) {
            if (range.kind() == StatementKind.FORECAST && range.isComparablePeriod()) {
                periods.add(range.period());
            }
        }
        return new RatePeriods(periods.size() == 1 ? Optional.of(periods.iterator().next()) : Optional.empty());
    }

    /** The period {@code rate} is for, if it can be told exactly. */
    Optional<Period> of(CagrStatement rate) {
        if (rate.period().isPresent()) {
            YearRange printed = rate.period().get();
            return printed.isComparablePeriod() ? Optional.of(printed.period()) : Optional.empty();
        }
        CagrStatement.Span span = rate.span();
        OptionalInt start = span.start();
        OptionalInt end = span.end();
        if (!rate.isHistorical() && forecast.isPresent()) {
            Period period = forecast.get();
            boolean endFits = end.isEmpty() ? start.isEmpty() : end.getAsInt() == period.end();
            boolean startFits = start.isEmpty() || start.getAsInt() == period.start()
                    || start.getAsInt() == period.start() - 1;
            if (endFits && startFits) {
                return forecast;
            }
        }
        if (start.isPresent() && end.isPresent() && start.getAsInt() < end.getAsInt()) {
            return Optional.of(new Period(start.getAsInt(), end.getAsInt()));
        }
        return Optional.empty();
    }
}
