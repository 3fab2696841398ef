package org.reportlint.rules.daterange;

import java.util.List;
import java.util.OptionalInt;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.StatementKind;
import org.reportlint.core.facts.Subjects;
import org.reportlint.core.facts.YearRange;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * Flags year ranges that cannot all be right: reversed ranges, years no report means, forecast periods that contradict
 * the document's main forecast period and, when asked, forecast periods that are already over.
 *
 * <p>A forecast period is a range that a forecast or growth-rate word qualifies, before it in its clause ({@code CAGR
 * of 5% from 2024 to 2030}, {@code projects sales for each region, channel and product type from 2022 to 2027}) or
 * after it when the range opens the clause ({@code Over 2023-2029, revenue should rise}), or a label before it ({@code
 * Forecast period | 2024-2030}, {@code <dt>Forecast period</dt><dd>2024-2030</dd>}). A title period, the range of a
 * title, heading or opening line that names a market with no such word ({@code Sensor Market Analysis 2025-2031}),
 * takes part too: it is either the forecast period or the span of the whole study, so it agrees with a forecast that
 * ends in the same year and starts that year or later ({@code 2018-2030} beside a CAGR for {@code 2024-2030}), and
 * conflicts with one it does not span. See {@link ForecastPeriods} for how the main period is chosen.
 *
 * <p>Not compared: history ({@code grew at a CAGR of 3% from 2017 to 2023}, {@code In 2018-2023 the market grew}),
 * study periods, base years, ranges no word qualifies in the text, ranges that end less than {@value
 * ForecastPeriods#SHORTEST} years after they start ({@code 2024-2026}), and periods of other subjects. Only statements
 * about the document's own market (or a segment or region of it) are compared, so the related reports of a news page
 * and the items of a listing page, each with its own period, never conflict with the document's; a page that lists
 * several markets and has no market of its own gets no conflict at all.
 *
 * <p>Ambiguous cases, as decided: a title period that spans the forecast is the study's span, not a conflict; title
 * periods alone never conflict with each other, since headings of tables and sections give spans of their own; a
 * sub-period inside the forecast that a forecast word qualifies ("growth is expected to peak in 2024-2027") and a
 * forecast quoted from another source are not told apart from the report's own forecast, so they are flagged.
 */
public final class DateRangeRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("date-range")
            .summary("Year ranges that cannot all be right")
            .description("Reports a reversed year range (\"from 2030 to 2024\"), a year outside "
                    + YearRange.EARLIEST_YEAR + "-" + YearRange.LATEST_YEAR + " in a range, and a forecast period "
                    + "that contradicts the document's main forecast period (\"CAGR from "
                    + "2021 to 2026\" in a report titled \"Forecast 2024-2030\"), at each minority occurrence with "
                    + "the main one as related location. A forecast period is a range that a forecast or CAGR "
                    + "word qualifies, before it (\"projects sales for each region, channel and product type "
                    + "from 2022 to 2027\"), after it (\"Over 2023-2029, revenue should rise\") or as a label "
                    + "(\"Forecast period | 2024-2030\"), in any notation (2024-30, FY24-FY30, CY2024-CY2030, "
                    + "2024E-2030F). The period of a title or heading without such a word (\"Sensor Market "
                    + "Analysis 2025-2031\") is the forecast or the whole study: it agrees with a forecast that "
                    + "ends in the same year and starts then or later (\"2018-2030\" beside a CAGR for 2024-2030) "
                    + "and conflicts otherwise; title periods are never compared only with each other. Two "
                    + "periods conflict only when they overlap (2024-2030 and 2031-2035 do not). Not forecast "
                    + "periods: history (\"grew at a CAGR of 3% from 2017 to 2023\", \"In 2018-2023 the market "
                    + "grew\"), historical data, study periods, base years, ranges that end less than "
                    + ForecastPeriods.SHORTEST + " years after they start (2024-2026), dates, quantities and codes "
                    + "(2024-12-05, 2000-3000 units, "
                    + "ISO 9001-2015). Periods of other markets (related reports, the items of a listing page) "
                    + "are not compared, and a page that lists several markets' reports without a market of its "
                    + "own gets no conflict. Not told apart, so still compared: a sub-period inside the "
                    + "forecast that a forecast word qualifies, and a forecast quoted from another source. With "
                    + "the asOf option, also reports forecast statements whose period ended before that year.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .example("<h1>Widget Market Size And Forecast 2024-2030</h1>\n"
                            + "<p>The market is growing at a CAGR of 5% from 2021 to 2026.</p>",
                    "<h1>Widget Market Size And Forecast 2024-2030</h1>\n"
                            + "<p>The market is growing at a CAGR of 5% from 2024 to 2030.</p>")
            .option("asOf", OptionSpec.Type.INTEGER, 0,
                    "Report forecast periods that ended before this year; 0 turns the check off.")
            .build();
    private static final OptionSpec AS_OF = METADATA.options().get(0);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Facts facts = Facts.of(context.document());
        List<YearRange> ranges = facts.yearRanges();
        for (YearRange range : ranges) {
            OptionalInt implausible = range.implausibleYear();
            if (implausible.isPresent()) {
                context.report(Problem.at(range.sourceRange(), "Year " + implausible.getAsInt() + " in \""
                        + range.text() + "\" is outside " + YearRange.EARLIEST_YEAR + "-" + YearRange.LATEST_YEAR));
            } else if (range.isReversed()) {
                context.report(Problem.at(range.sourceRange(),
                        "Year range \"" + range.text() + "\" is reversed: it ends before it starts"));
            }
        }
        int asOf = context.options().getInt(AS_OF);
        // Leaving out other markets' periods only leaves fewer periods, so when no two periods could contradict each
        // other there is nothing to decide, and the document's subjects, the costly part, need not be worked out.
        if (asOf <= 0 && !ForecastPeriods.mayConflict(ranges)) {
            return;
        }
        Subjects subjects = facts.subjects();
        // A page that lists several markets' reports and has no market of its own states no forecast of its own.
        boolean listing = subjects.isListingPage() && subjects.documentMarket().isEmpty();
        if (listing && asOf <= 0) {
            return;
        }
        List<YearRange> own = ranges.stream()
                .filter(r -> r.kind() == StatementKind.FORECAST || r.kind() == StatementKind.TITLE_PERIOD)
                .filter(r -> subjects.at(r.block(), r.textStart()).isWithinDocumentMarket())
                .toList();
        ForecastPeriods.of(own).ifPresent(periods -> {
            if (!listing) {
                reportConflicts(context, periods);
            }
            if (asOf > 0) {
                for (YearRange ended : periods.endedBefore(asOf)) {
                    context.report(Problem.at(ended.sourceRange(),
                            "Forecast period " + ended.period() + " ended before " + asOf));
                }
            }
        });
    }

    private static void reportConflicts(RuleContext context, ForecastPeriods periods) {
        YearRange reference = periods.firstMainOccurrence();
        int count = periods.mainCount();
        String times = count == 1 ? "1 time" : count + " times";
        for (YearRange conflicting : periods.conflicts()) {
            context.report(Problem.at(conflicting.sourceRange(), "Forecast period " + conflicting.period()
                            + " conflicts with " + periods.main() + " used elsewhere (" + times + ")")
                    .withRelated(reference.sourceRange(), "Forecast period " + periods.main() + " stated here"));
        }
    }
}
