package org.reportlint.cli.testrules;

import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/** Test rule: the word "hmm" is a warning, pointing back at the first "hmm" of the file. */
public final class HmmRule implements Rule {
    static final RuleMetadata METADATA = RuleMetadata.builder("test-hmm")
            .summary("The word hmm")
            .severity(Severity.WARNING)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        String source = context.document().source();
        int first = source.indexOf("hmm");
        WordFinder.each(source, "hmm", at -> {
            Problem problem = Problem.at(at, at + 3, "Word \"hmm\" in text");
            context.report(at == first ? problem : problem.withRelated(new TextRange(first, first + 3), "first hmm"));
        });
    }
}
