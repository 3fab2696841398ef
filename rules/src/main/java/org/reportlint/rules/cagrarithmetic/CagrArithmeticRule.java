package org.reportlint.rules.cagrarithmetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.reportlint.core.facts.Bounds;
import org.reportlint.core.facts.CagrStatement;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Sentence;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * Flags a CAGR that the start value, end value and years stated with it contradict: "from USD 4.98 billion in 2023
 * to USD 12.56 billion by 2030, a CAGR of 4.9%" (the values imply 14.1%).
 *
 * <p>The slack follows what was printed: a rate printed {@code 15%} stands for 14.5-15.5 and one printed {@code
 * 14.6%} for 14.55-14.65, and {@code USD 1.4 billion} for 1.35-1.45 billion, so the implied rate has a range too. A
 * statement is flagged when the stated and implied rates lie further apart than both ranges' half-widths together and
 * than the {@code tolerance} option. Statements whose parts do not all parse, ranges of values, values in two
 * currencies, rates of volume beside values of money and spans that do not fit the printed period are not checked:
 * there, a finding would be a guess.
 */
public final class CagrArithmeticRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("cagr-arithmetic")
            .summary("A CAGR that its own start and end values contradict")
            .description("Reports a compound annual growth rate stated with a start value, an end value and their "
                    + "years that imply a different rate: implied = (end / start)^(1 / years) - 1. Units are "
                    + "normalised (thousand, million, billion, trillion, Mn, Bn, M, B, K), the slack follows the "
                    + "printed precision of the rate and the values (at least the tolerance option, in percentage "
                    + "points), qualifiers are read as a reader would (\"around\", \"over\"), and a positive CAGR with "
                    + "a falling value is reported. Values in different currencies, ranges of values, volume growth "
                    + "beside money values, two amounts for one year and a CAGR over a different period than the "
                    + "values are not checked. A forecast period that starts the year after the start value (2023 "
                    + "value, CAGR 2024-2030) is read either way: over 7 or over 6 years.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .example("<p>The market is expected to reach USD 12.56 billion by 2030 from USD 4.98 billion in 2023, "
                            + "at a CAGR of 4.9%.</p>",
                    "<p>The market is expected to reach USD 12.56 billion by 2030 from USD 4.98 billion in 2023, "
                            + "at a CAGR of 14.1%.</p>")
            .option("tolerance", OptionSpec.Type.NUMBER, 0.5,
                    "The least slack, in percentage points, between the stated and the implied rate.")
            .build();
    private static final OptionSpec TOLERANCE = METADATA.options().get(0);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Facts facts = Facts.of(context.document());
        List<CagrStatement> statements = facts.cagrStatements();
        if (statements.isEmpty()) {
            return;
        }
        double tolerance = context.options().getNumber(TOLERANCE);
        Map<Sentence, List<CagrStatement>> bySentence = new HashMap<>();
        for (CagrStatement statement : statements) {
            bySentence.computeIfAbsent(statement.sentence(), s -> new ArrayList<>()).add(statement);
        }
        KeyFigureLists lists = new KeyFigureLists(facts);
        for (CagrStatement statement : statements) {
            if (statement.measure() != CagrStatement.Measure.VALUE
                    || sharesItsSentence(statement, bySentence.get(statement.sentence()))) {
                continue;
            }
            GrowthSpan.of(statement, facts, lists).ifPresent(span -> check(context, statement, span, tolerance));
        }
    }

    private static void check(RuleContext context, CagrStatement statement, GrowthSpan span, double tolerance) {
        Bounds stated = statement.bounds();
        if (span.falls() && stated.low() > 0) {
            report(context, statement, span, "CAGR of " + statement.rate().text() + " is positive but the value falls: "
                    + describe(span) + " is " + percent(span.pointRate(span.years().get(0)))
                    + " a year");
            return;
        }
        Optional<Integer> closest = Optional.empty();
        double nearest = Double.POSITIVE_INFINITY;
        for (int years : span.years()) {
            Bounds implied = span.impliedRate(years);
            double distance = Math.abs(stated.middle() - span.pointRate(years));
            double slack = Math.max(tolerance, stated.halfWidth() + implied.halfWidth());
            boolean open = Double.isInfinite(slack);
            boolean agrees = open ? stated.gap(implied) <= tolerance : distance <= slack;
            if (agrees) {
                return;
            }
            if (distance < nearest) {
                nearest = distance;
                closest = Optional.of(years);
            }
        }
        int years = closest.orElse(span.years().get(0));
        report(context, statement, span, "CAGR of " + statement.rate().text() + " does not match its values: "
                + describe(span) + " is " + percent(span.pointRate(years)) + " a year over " + years
                + (years == 1 ? " year" : " years"));
    }

    private static void report(RuleContext context, CagrStatement statement, GrowthSpan span, String message) {
        context.report(Problem.at(statement.sourceRange(), message)
                .withRelated(span.start().value().sourceRange(), "Start value " + span.start().value().text())
                .withRelated(span.end().value().sourceRange(), "End value " + span.end().value().text()));
    }

    private static String describe(GrowthSpan span) {
        return span.start().describe() + " to " + span.end().describe();
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /**
     * Whether another value growth rate of the same subject shares the sentence: "5% in North America and 7% in
     * Europe" leaves open which one the values are for.
     */
    private static boolean sharesItsSentence(CagrStatement statement, List<CagrStatement> sameSentence) {
        return sameSentence.stream().anyMatch(other -> other != statement
                && other.measure() == CagrStatement.Measure.VALUE && other.subject().equals(statement.subject()));
    }
}
