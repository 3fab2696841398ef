package org.reportlint.spark.testrules;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/**
 * Test cross-document rule without a codec, off unless enabled: reports at the first document how many it saw. Its
 * values cannot leave the executor that collected them, so a Spark run must say its findings are missing.
 */
public final class CountingRule implements CrossDocumentRule<DocumentLocation> {
    private static final RuleMetadata METADATA = RuleMetadata.builder("test-counting")
            .summary("Counts the documents of a run")
            .description("Reports at the first document how many documents the run has.")
            .severity(Severity.INFO)
            .recommended(false)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<DocumentLocation> collect(CollectContext context) {
        return Optional.of(context.locate(new TextRange(0, Math.min(1, context.document().source().length()))));
    }

    @Override
    public void report(List<DocumentLocation> collected, CrossDocumentContext context) {
        if (!collected.isEmpty()) {
            context.report(CrossDocumentProblem.at(collected.get(0), collected.size() + " documents"));
        }
    }
}
