package org.reportlint.rules.generatorleftover;

import java.util.List;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.text.PlainSpaces;

/**
 * Reports text that a chat assistant or a text generator left in a report: the reply's opener and closer, the
 * assistant speaking of itself, its notes that the figures are made up, and writing instructions nobody carried out.
 *
 * <p>The forms are in the phrase list {@code leftovers.txt}. Words that are quoted (quotation marks, {@code <q>},
 * block quotes), in code, or introduced as an example are mentioned, not left over, and are not reported.
 */
public final class GeneratorLeftoverRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("generator-leftover")
            .summary("Text a writing assistant or generator left in the report")
            .description("Flags what a chat assistant or a text generator leaves in when its answer is pasted "
                    + "into a report: the reply's opener (\"Certainly! Here is\", \"Sure, here's\", \"Here is a "
                    + "500-word article\"), the assistant speaking of itself (\"As an AI language model\", \"my "
                    + "knowledge cutoff\", \"I cannot browse the internet\"), its closing offer (\"I hope this "
                    + "helps\", \"Let me know if you need\", \"Would you like me to\"), its notes that the figures "
                    + "are invented (\"the figures above are hypothetical\", \"assumed based on industry "
                    + "knowledge\", \"replace these figures with actual data\") and instructions never carried "
                    + "out (\"[insert source]\", \"[Add more details here]\", \"(Word count: 512)\"). Only words "
                    + "that a reply to a request contains count, so a publisher's own prose is left alone: "
                    + "\"Certainly, the market grew\", \"Here is how the market grew\", \"We hope this report "
                    + "helps\", \"Feel free to contact our sales team\", \"AI chip market\". Where a phrase could "
                    + "be either, it is not flagged: a bare \"feel free to ask\" is also a publisher's call to "
                    + "action, and notes that data are estimates, not publicly available or for illustrative "
                    + "purposes only are what publishers write of their own data. The same words in quotation marks, <q>, a block quote or code, or "
                    + "after \"phrases such as\", are an example, not a leftover.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .example("<p>Certainly! Here is an overview of the widget market. The market reached $4.1 billion in "
                            + "2024. I hope this helps!</p>",
                    "<p>The widget market reached $4.1 billion in 2024.</p>")
            .build();
    private static final int MAX_QUOTED = 60;

    private final LeftoverFinder finder = new LeftoverFinder(LeftoverForms.builtIn());

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        QuoteElements quotes = null;
        for (TextBlock block : context.document().blocks()) {
            if (isQuotation(block)) {
                continue;
            }
            List<LeftoverMatch> matches = finder.find(block.text());
            if (matches.isEmpty()) {
                continue;
            }
            String text = PlainSpaces.of(block.text());
            for (LeftoverMatch match : matches) {
                if (block.isCode(match.start(), match.end())
                        || QuotationMarks.isMentioned(text, match.start(), match.end())) {
                    continue;
                }
                TextRange range = block.sourceRange(match.start(), match.end());
                // The DOM is searched only once a document has a match, which most never do.
                if (quotes == null) {
                    quotes = QuoteElements.of(context.document());
                }
                if (!quotes.contains(range)) {
                    context.report(Problem.at(range, match.kind().message(quote(text, match))));
                }
            }
        }
    }

    private static boolean isQuotation(TextBlock block) {
        return block.kind() == BlockKind.QUOTE
                || block.block() != null && block.block().ancestor(BlockKind.QUOTE).isPresent();
    }

    /** The flagged text on one short line, whatever the document holds. */
    private static String quote(String text, LeftoverMatch match) {
        String flat = text.substring(match.start(), match.end()).replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_QUOTED ? flat : flat.substring(0, MAX_QUOTED - 1).strip() + "\u2026";
    }
}
