package org.reportlint.cli.testrules;

import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;

/** Test rule: the word "oops" is an error, fixed to "okay". */
public final class OopsRule implements Rule {
    static final RuleMetadata METADATA = RuleMetadata.builder("test-oops")
            .summary("The word oops")
            .description("Flags every \"oops\" in the source.")
            .severity(Severity.ERROR)
            .fixable(true)
            .option("replacement", OptionSpec.Type.STRING, "okay", "What the fix writes instead.")
            .example("<p>oops</p>", "<p>okay</p>")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        WordFinder.each(context.document().source(), "oops", at -> context.report(
                Problem.at(at, at + 4, "Word \"oops\" in text").withFix(Fix.of(new TextEdit(at, at + 4, "okay")))));
    }
}
