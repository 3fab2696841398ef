package org.reportlint.cli.testrules;

import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/** Test rule that throws on a document containing "KABOOM", as a buggy rule would. */
public final class CrashRule implements Rule {
    static final RuleMetadata METADATA = RuleMetadata.builder("test-crash")
            .summary("Crashes on KABOOM")
            .severity(Severity.ERROR)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        if (context.document().source().contains("KABOOM")) {
            throw new IllegalStateException("boom");
        }
    }
}
