package org.reportlint.rules.sharesum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.FigureKind;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;

/**
 * Flags percentage shares of the parts of one whole that add up to more than 100%: the items of a list, a table
 * column or row of shares, or the parts one sentence names.
 *
 * <p>It reads the figures of the document's {@link Facts} and reports once per whole, at its first share, with the
 * other shares as related locations. Whatever leaves a doubt that the parts share one whole is not reported: growth
 * rates and changes, totals and combined figures, a sub-part inside a part, two years, revenue beside volume, two
 * ways of dividing the market, a region beside a country, a survey's answers and other markets' figures.
 */
public final class ShareSumRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("share-sum")
            .summary("Shares of the parts of one whole that add up to more than 100%")
            .description("Reports percentage shares given to the parts of one whole (regions, segments, "
                    + "companies) that add up to more than 100%: the items of a list (\"North America: 38%\", "
                    + "\"Europe - 31%\", \"Asia Pacific holds 29% of revenue\"), a table column headed share or % "
                    + "(a Total row is left out), or one sentence naming several parts (\"hand widgets held 46%, "
                    + "power widgets 41% and others 22% of the market\"). It is reported once per whole, at the "
                    + "first share, with the others as related locations. A range counts with its low end. The sum "
                    + "may exceed 100 by the tolerance, or by what the rounding of the printed shares can explain "
                    + "when that is more (half a point for each share printed as a whole number). Not read as "
                    + "parts of one whole, since a reader could not tell either: growth rates, CAGRs and changes; "
                    + "totals and combined figures; a part inside another (\"of which China 25%\"); shares of "
                    + "different years, of revenue beside volume, or by two segmentations; a region beside a "
                    + "country; survey answers, where several may be given; shares in different sentences; and "
                    + "the figures of other markets on the page.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .example("<p>In 2024, hand widgets held 46%, power widgets 41% and others 22% of the market.</p>",
                    "<p>In 2024, hand widgets held 46%, power widgets 41% and others 13% of the market.</p>")
            .option("tolerance", OptionSpec.Type.NUMBER, 0.5,
                    "How many percentage points above 100 the shares may add up to.")
            .build();
    private static final OptionSpec TOLERANCE = METADATA.options().get(0);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Map<String, String> validateOptions(RuleOptions options) {
        return options.getNumber(TOLERANCE) < 0
                ? Map.of(TOLERANCE.name(), "must be 0 or more percentage points") : Map.of();
    }

    @Override
    public void check(RuleContext context) {
        // Most blocks state no percentage: look for the sign or word before working out the figures.
        if (!PercentSigns.atLeastTwo(context.document())) {
            return;
        }
        Facts facts = Facts.of(context.document());
        if (facts.figures().stream().filter(f -> f.kind() == FigureKind.PERCENT).limit(2).count() < 2) {
            return;
        }
        double tolerance = context.options().getNumber(TOLERANCE);
        List<PartGroup> groups = new ArrayList<>(TableGroups.find(facts));
        groups.addAll(ListGroups.find(facts));
        groups.addAll(SentenceGroups.find(facts));
        Set<Object> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PartGroup group : groups) {
            ShareTotal total = ShareTotal.of(group.parts(), tolerance);
            if (!total.exceeds() || group.parts().stream().anyMatch(p -> reported.contains(p.share()))
                    || !OneWhole.holds(group, facts)) {
                continue;
            }
            group.parts().forEach(p -> reported.add(p.share()));
            context.report(problem(total));
        }
    }

    private static Problem problem(ShareTotal total) {
        List<Part> parts = total.parts();
        Problem problem = Problem.at(parts.get(0).share().sourceRange(), total.message());
        for (Part other : parts.subList(1, parts.size())) {
            problem = problem.withRelated(other.share().sourceRange(),
                    "Share " + ShareTotal.printed(other.share()) + " of the same whole");
        }
        return problem;
    }
}
