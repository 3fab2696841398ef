package org.reportlint.rules.duplicatereport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/**
 * Reports a document whose prose is the same as, or nearly the same as, an earlier document's of the run (in path
 * order): a report published twice under two titles or paths. Texts are compared by the min-hash signatures of their
 * five-word shingles, candidates found by banding, so a run keeps about 1 KiB per document and compares
 * few pairs. Reports of one template for different markets share boilerplate but not their names and figures, and
 * stay below the default threshold.
 */
public final class DuplicateReportRule implements CrossDocumentRule<ReportText> {
    static final String ID = "duplicate-report";
    static final OptionSpec THRESHOLD = new OptionSpec("threshold", OptionSpec.Type.NUMBER, 0.9,
            "Estimated share of five-word phrases two reports must have in common to be reported, above 0 and up "
                    + "to 1.");
    static final OptionSpec MIN_WORDS = new OptionSpec("minWords", OptionSpec.Type.INTEGER, 100,
            "Reports with fewer words of prose (stubs, redirects, short notices) are not compared.");
    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .summary("Two reports whose text is the same or nearly the same")
            .description("Flags a report whose prose is the same as another report's of the run, or nearly the "
                    + "same, under a different title or path: a report published twice. The prose is every text "
                    + "block but the title, the first heading and code, as lower-cased words, so markup, "
                    + "punctuation, line breaks and the format (HTML, Markdown, text) make no difference; the "
                    + "same words are reported as \"the same text\". Otherwise two texts are nearly the same when "
                    + "at least a share \"threshold\" (default 0.9) of their five-word phrases is common to both, "
                    + "as estimated from a 256-value min-hash signature (within about 0.02 of the true share); "
                    + "the message gives the estimate. Changing one word in a hundred brings two texts to about "
                    + "0.9. Reports from one template for different markets or years share their boilerplate "
                    + "but differ in names and figures, which changes every phrase around them, and stay well "
                    + "below the threshold; so do a rewritten report with the same figures, a short report "
                    + "quoted inside a long one, and a translation. Reports of fewer than \"minWords\" words "
                    + "(default 100; stubs, redirects, notices) are not compared. The finding is at the title of "
                    + "the later report by path and names the earliest report it copies, with the same text "
                    + "preferred, else the most similar. Only a run over several files compares reports: not "
                    + "standard input, and, when the configuration has \"groups\", only reports of one group.")
            .severity(Severity.INFO)
            .recommended(true)
            .option(THRESHOLD.name(), THRESHOLD.type(), THRESHOLD.defaultValue(), THRESHOLD.description())
            .option(MIN_WORDS.name(), MIN_WORDS.type(), MIN_WORDS.defaultValue(), MIN_WORDS.description())
            .example("reports/widgets-2024.html and reports/widget-market-outlook.html with the same text under "
                            + "two titles",
                    "reports/widgets-europe.html and reports/widgets-asia.html from one template, each with its "
                            + "own market, figures and companies")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Map<String, String> validateOptions(RuleOptions options) {
        Map<String, String> problems = new LinkedHashMap<>();
        double threshold = options.getNumber(THRESHOLD);
        if (!(threshold > 0 && threshold <= 1)) {
            problems.put(THRESHOLD.name(), "must be above 0 and at most 1, not " + threshold);
        }
        if (options.getInt(MIN_WORDS) < MinHashSignature.SHINGLE_WORDS) {
            problems.put(MIN_WORDS.name(), "must be at least " + MinHashSignature.SHINGLE_WORDS + ", not "
                    + options.getInt(MIN_WORDS));
        }
        return problems;
    }

    @Override
    public Optional<ReportText> collect(CollectContext context) {
        Document document = context.document();
        long[] words = ProseWords.of(document);
        if (words.length < Math.max(context.options().getInt(MIN_WORDS), MinHashSignature.SHINGLE_WORDS)) {
            return Optional.empty();
        }
        Optional<TextBlock> at = document.title().or(() -> document.blocks().stream().findFirst());
        if (at.isEmpty()) {
            return Optional.empty();
        }
        TextRange range = at.get().sourceRange();
        return Optional.of(new ReportText(context.locate(range), words.length, MinHashSignature.digest(words),
                MinHashSignature.of(words), context.options().getNumber(THRESHOLD)));
    }

    @Override
    public void report(List<ReportText> collected, CrossDocumentContext context) {
        // Exact copies first, by digest: they need no estimate, and a hundred copies of one text are not banded.
        Map<String, ReportText> firstWithText = new HashMap<>();
        List<ReportText> distinct = new ArrayList<>();
        for (ReportText text : collected) {
            ReportText original = firstWithText.putIfAbsent(text.digest(), text);
            if (original != null) {
                context.report(CrossDocumentProblem.at(text.location(),
                                "The text of this report is the same as that of " + original.location().path())
                        .withRelated(original.location(), "the same text here"));
            } else {
                distinct.add(text);
            }
        }
        reportNearDuplicates(distinct, context);
    }

    /** Among texts that all differ, reports each one against its most similar earlier one at its threshold. */
    private static void reportNearDuplicates(List<ReportText> texts, CrossDocumentContext context) {
        double lowest = texts.stream().mapToDouble(ReportText::threshold).min().orElse(1);
        List<int[]> candidates = CandidatePairs.of(texts, CandidatePairs.rowsFor(lowest));
        for (int i = 0; i < texts.size(); i++) {
            ReportText text = texts.get(i);
            ReportText closest = null;
            double best = -1;
            for (int earlier : candidates.get(i)) {
                double similarity = text.similarity(texts.get(earlier));
                if (similarity >= text.threshold() && similarity > best) {
                    best = similarity;
                    closest = texts.get(earlier);
                }
            }
            if (closest != null) {
                String percent = String.format(Locale.ROOT, "%d%%", Math.round(best * 100));
                context.report(CrossDocumentProblem.at(text.location(),
                                "The text of this report is nearly the same as that of " + closest.location().path()
                                        + " (about " + percent + " of five-word phrases shared)")
                        .withRelated(closest.location(), "nearly the same text here (" + percent + ")"));
            }
        }
    }

    @Override
    public Optional<FactCodec<ReportText>> codec() {
        return Optional.of(new ReportTextCodec());
    }
}
