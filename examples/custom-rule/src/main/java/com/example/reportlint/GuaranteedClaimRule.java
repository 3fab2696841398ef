package com.example.reportlint;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;

/**
 * Flags promises a market report must not make, such as "guaranteed returns", in the prose of any format.
 *
 * <p>It reads the format-neutral text blocks, so the same check works in HTML, Markdown and plain text, never looks
 * inside code, and reports exact source ranges through the block's offset map. Headings are skipped through the
 * block tree, to show how a rule asks what a text is.
 */
public final class GuaranteedClaimRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("example-guaranteed-claim")
            .summary("Promises of guaranteed results in report prose")
            .description("Reports \"guaranteed\" or \"risk-free\" before a word from the nouns option (returns, "
                    + "growth, profit by default) in paragraphs, list items and table cells. Headings are left "
                    + "alone. The fix replaces \"guaranteed\" with \"expected\".")
            .severity(Severity.WARNING)
            .fixable(true)
            .recommended(false)
            .example("<p>Investors enjoy guaranteed returns.</p>", "<p>Investors enjoy expected returns.</p>")
            .option("nouns", OptionSpec.Type.STRING_LIST, List.of("returns", "growth", "profit", "profits"),
                    "The words a guarantee must not be attached to.")
            .build();
    private static final OptionSpec NOUNS = METADATA.options().get(0);
    private static final Pattern CLAIM = Pattern.compile("(?i)\\b(guaranteed|risk-free)\\s+(\\p{L}+)");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        List<String> nouns = context.options().getStrings(NOUNS).stream()
                .map(noun -> noun.toLowerCase(Locale.ROOT)).toList();
        for (TextBlock block : context.document().blocks()) {
            if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TITLE) {
                continue;
            }
            Matcher claim = CLAIM.matcher(block.text());
            while (claim.find()) {
                if (!nouns.contains(claim.group(2).toLowerCase(Locale.ROOT)) || block.isCode(claim.start(), claim.end())) {
                    continue;
                }
                Problem problem = Problem.at(block.sourceRange(claim.start(), claim.end()),
                        "\"" + claim.group() + "\" promises what a report cannot");
                if (claim.group(1).equalsIgnoreCase("guaranteed")) {
                    // The fix replaces only the word, so the rest of the sentence and its markup stay as written.
                    problem = problem.withFix(Fix.of(TextEdit.replace(
                            block.sourceRange(claim.start(1), claim.end(1)), "expected")));
                }
                context.report(problem);
            }
        }
    }
}
