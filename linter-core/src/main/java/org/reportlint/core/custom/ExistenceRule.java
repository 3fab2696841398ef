package org.reportlint.core.custom;

import java.util.List;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;

/** {@code existence}: text that must not appear; each match in scope is a finding quoting it. */
public final class ExistenceRule extends CustomRule {
    private final List<Term> terms;

    public ExistenceRule(Common common, List<Term> terms) {
        super(common);
        this.terms = List.copyOf(terms);
    }

    @Override
    public String kind() {
        return "existence";
    }

    @Override
    protected List<String> details() {
        return List.of("Patterns: " + quoted(terms), "Word boundaries: " + (terms.get(0).wordBoundaries() ? "yes" : "no"));
    }

    @Override
    public void check(RuleContext context) {
        for (Region region : regions(context.document())) {
            for (Term.Match match : TermMatches.in(region, terms)) {
                context.report(Problem.at(region.source(match.start(), match.end()), message().format(match.text())));
            }
        }
    }
}
