package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.TextRange;

/**
 * {@code substitution}: preferred terms. Each match of a {@code swap} key is reported with the preferred term
 * (message arguments: the preferred term, then the match) and fixed by writing the preferred term in the case of the
 * match. The fix is offered only where the match is a verbatim slice of the source (no entity or markup inside it),
 * so it never rewrites markup.
 */
public final class SubstitutionRule extends CustomRule {
    private final List<Term> from;
    private final List<String> to;

    public SubstitutionRule(Common common, List<Term> from, List<String> to) {
        super(common);
        this.from = List.copyOf(from);
        this.to = List.copyOf(to);
    }

    @Override
    public String kind() {
        return "substitution";
    }

    @Override
    protected boolean fixable() {
        return true;
    }

    @Override
    protected List<String> details() {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            pairs.add("\"" + from.get(i).source() + "\" -> \"" + to.get(i) + "\"");
        }
        return List.of("Swap: " + String.join(", ", pairs), "Case-insensitive: "
                + (from.get(0).pattern().flags() != 0 ? "yes" : "no"));
    }

    @Override
    public void check(RuleContext context) {
        String source = context.document().source();
        for (Region region : regions(context.document())) {
            for (TermMatches.Hit hit : TermMatches.hits(region, from)) {
                Term.Match match = hit.match();
                String preferred = CaseKeeper.keep(match.text(), to.get(hit.term()));
                if (preferred.equals(match.text())) {
                    continue;
                }
                TextRange range = region.source(match.start(), match.end());
                Problem problem = Problem.at(range, message().format(preferred, match.text()));
                if (source.substring(range.start(), range.end()).equals(match.text())) {
                    problem = problem.withFix(Fix.of(TextEdit.replace(range, preferred)));
                }
                context.report(problem);
            }
        }
    }
}
