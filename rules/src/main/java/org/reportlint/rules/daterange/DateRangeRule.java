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
 * Flags year ranges that cannot all be right: reversed ranges, years no report means, forecast periods that
 * contradict the document's main forecast period and, when asked, forecast periods that are already over.
 *
 * <p>It reads the document's {@link Facts}: only forecast periods of statements about the document's own market (or
 * a segment or region of it) are compared, so the related reports of a news page and the items of a listing page,
 * each with its own period, never conflict with the document's.
 */
public final class DateRangeRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("date-range")
            .summary("Year ranges that cannot all be right")
            .description("Reports a reversed year range (\"from 2030 to 2024\"), a year outside "
                    + YearRange.EARLIEST_YEAR + "-" + YearRange.LATEST_YEAR + " in a range, and a forecast, CAGR or "
                    + "projection period that contradicts the period the document states most often (\"CAGR from "
                    + "2021 to 2026\" in a report titled \"Forecast 2024-2030\"), at each minority occurrence with "
                    + "the main one as related location. Historical periods, study periods, base years and "
                    + "growth rates for years before the forecast are not forecast periods; periods of other "
                    + "markets (related reports, the items of a listing page) are not compared. With the asOf option, "
                    + "also reports forecast periods that ended before that year.")
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
        // Leaving out other markets' periods only removes conflicts, so when no two periods could conflict there is
        // nothing to decide, and the document's subjects, the costly part, need not be worked out.
        if (asOf <= 0 && !ForecastPeriods.mayConflict(ranges)) {
            return;
        }
        Subjects subjects = facts.subjects();
        // A page that lists several markets' reports and has no market of its own states no forecast of its own.
        boolean listing = subjects.isListingPage() && subjects.documentMarket().isEmpty();
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
