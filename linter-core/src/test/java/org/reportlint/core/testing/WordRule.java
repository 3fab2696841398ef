package org.reportlint.core.testing;

import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/** A test rule that flags every occurrence of one word in the source. */
public final class WordRule implements Rule {
    private final RuleMetadata metadata;
    private final String word;

    public WordRule(String id, String word, Severity severity) {
        this.metadata = RuleMetadata.builder(id).summary("Flags \"" + word + "\"").severity(severity).build();
        this.word = word;
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public void check(RuleContext context) {
        String source = context.document().source();
        for (int at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
            context.report(Problem.at(at, at + word.length(), "Found \"" + word + "\""));
        }
    }
}
