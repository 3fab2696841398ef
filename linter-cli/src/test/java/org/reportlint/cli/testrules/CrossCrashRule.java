package org.reportlint.cli.testrules;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.RuleMetadata;

/**
 * Test cross-document rule, off unless enabled, that fails as a buggy one would: when collecting from a document
 * containing "SHATTER-COLLECT", and when reporting over a run with one containing "SHATTER-REPORT".
 */
public final class CrossCrashRule implements CrossDocumentRule<Boolean> {
    static final RuleMetadata METADATA = RuleMetadata.builder("test-cross-crash")
            .summary("Crashes across documents")
            .recommended(false)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Boolean> collect(CollectContext context) {
        String source = context.document().source();
        if (source.contains("SHATTER-COLLECT")) {
            throw new IllegalStateException("collect boom");
        }
        return Optional.of(source.contains("SHATTER-REPORT"));
    }

    @Override
    public void report(List<Boolean> collected, CrossDocumentContext context) {
        if (collected.contains(true)) {
            throw new IllegalStateException("report boom");
        }
    }
}
