package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.StatementKind;
import org.reportlint.core.facts.Subjects;
import org.reportlint.core.facts.YearRange;

/**
 * {@code "fact": "forecast-period"}: every forecast period the document states must start in {@code startYear} and
 * end in {@code endYear} (either may be left out). The periods are those {@code date-range} compares: forecast,
 * projection and CAGR periods ({@code a CAGR of 5% from 2024 to 2030}, {@code Forecast period: 2024-2030}), checked
 * for both years, and the periods of titles and study spans ({@code Widget Market Report, 2019-2030}, {@code Study
 * period: 2019-2030}), which start with history and so are checked for their end year only. Historical periods,
 * periods shorter than {@value #SHORTEST} years (a near-term outlook inside the forecast), reversed or implausible
 * ranges, and periods of other markets (a related report on the page) are not forecast periods of the report.
 *
 * @param startYear the year every forecast period must start in, if given
 * @param endYear the year every forecast and title period must end in, if given
 */
public record ForecastPeriodCondition(OptionalInt startYear, OptionalInt endYear) implements FigureCondition {
    /** The fewest years from start to end of a range that is a forecast period, as {@code date-range} has it. */
    static final int SHORTEST = 3;

    @Override
    public String fact() {
        return "forecast-period";
    }

    @Override
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        lines.add("Fact: forecast-period");
        startYear.ifPresent(y -> lines.add("Start year: " + y));
        endYear.ifPresent(y -> lines.add("End year: " + y));
        return lines;
    }

    /** The period as a message quotes it: {@code 2025-2032}, or the one year given. */
    private String expected() {
        if (startYear.isPresent() && endYear.isPresent()) {
            return startYear.getAsInt() + "-" + endYear.getAsInt();
        }
        return String.valueOf(startYear.isPresent() ? startYear.getAsInt() : endYear.getAsInt());
    }

    @Override
    public List<FigureBreach> breaches(Facts facts) {
        List<FigureBreach> found = new ArrayList<>();
        Subjects subjects = null;
        for (YearRange range : facts.yearRanges()) {
            boolean forecast = range.kind() == StatementKind.FORECAST;
            boolean spansStudy = range.kind() == StatementKind.TITLE_PERIOD
                    || range.kind() == StatementKind.STUDY_PERIOD;
            if (!(forecast || spansStudy) || !range.isComparablePeriod()
                    || range.endYear() - range.startYear() < SHORTEST) {
                continue;
            }
            boolean wrongEnd = endYear.isPresent() && range.endYear() != endYear.getAsInt();
            boolean wrongStart = forecast && startYear.isPresent() && range.startYear() != startYear.getAsInt();
            if (!wrongEnd && !wrongStart) {
                continue;
            }
            // Subjects are the costly part of the facts: worked out only once a period is wrong.
            subjects = subjects != null ? subjects : facts.subjects();
            if (subjects.at(range.block(), range.textStart()).isWithinDocumentMarket()) {
                found.add(new FigureBreach(range.block(), range.textStart(), range.textEnd(), expected()));
            }
        }
        return found;
    }
}
