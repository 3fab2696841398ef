package org.reportlint.cli.testrules;

import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/** Test rule, off unless enabled: "NB:" is an info. */
public final class NoteRule implements Rule {
    static final RuleMetadata METADATA = RuleMetadata.builder("test-note")
            .summary("An NB: note")
            .severity(Severity.INFO)
            .recommended(false)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        WordFinder.each(context.document().source(), "NB:", at -> context.report(Problem.at(at, at + 3, "A note")));
    }
}
