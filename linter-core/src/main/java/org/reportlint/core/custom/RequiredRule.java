package org.reportlint.core.custom;

import java.util.List;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.source.TextRange;

/**
 * {@code required}: a pattern that must match at least once in scope in every document (a disclaimer, a source
 * line). When it does not, one finding is reported at the document's start: the place that has no text to point at.
 */
public final class RequiredRule extends CustomRule {
    private final Term term;

    public RequiredRule(Common common, Term term) {
        super(common);
        this.term = term;
    }

    @Override
    public String kind() {
        return "required";
    }

    @Override
    protected List<String> details() {
        return List.of("Pattern: \"" + term.source() + "\"");
    }

    @Override
    public void check(RuleContext context) {
        for (Region region : regions(context.document())) {
            if (!TermMatches.in(region, List.of(term)).isEmpty()) {
                return;
            }
        }
        int length = context.document().source().length();
        context.report(Problem.at(new TextRange(0, Math.min(1, length)), message().format(term.source())));
    }
}
