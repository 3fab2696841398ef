package org.reportlint.core.custom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.source.TextRange;

/**
 * {@code figure}: a condition on the figures a document states (a CAGR above a house limit, a market size out of
 * bounds, a forecast period that must end in a given year), read from the document's {@link Facts} exactly as the
 * built-in figure rules read them. Each figure that breaks it is one finding on the figure as written; message
 * arguments: the figure, then the limit or period it breaks as the config wrote it. Only figures in the rule's scope
 * count.
 */
public final class FigureRule extends CustomRule {
    private final FigureCondition condition;

    public FigureRule(Common common, FigureCondition condition) {
        super(common);
        this.condition = condition;
    }

    @Override
    public String kind() {
        return "figure";
    }

    @Override
    protected List<String> details() {
        return condition.details();
    }

    @Override
    public void check(RuleContext context) {
        Facts facts = Facts.of(context.document());
        List<FigureBreach> breaches = condition.breaches(facts);
        if (breaches.isEmpty()) {
            return;
        }
        List<Region> regions = regions(context.document());
        Set<TextRange> reported = new HashSet<>();
        for (FigureBreach breach : breaches) {
            TextRange range = breach.sourceRange();
            if (inScope(regions, breach.block(), breach.start(), breach.end()) && reported.add(range)) {
                context.report(Problem.at(range, message().format(breach.text(), breach.expected())));
            }
        }
    }

    private static boolean inScope(List<Region> regions, TextBlock block, int start, int end) {
        for (Region region : regions) {
            if (region.covers(block, start, end)) {
                return true;
            }
        }
        return false;
    }
}
