package org.reportlint.rules.foreignmarketname;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;

/**
 * Flags a paragraph that names another market where the same paragraph, with that name, is in that market's report:
 * boilerplate copied from the other report and not customised.
 *
 * <p>Each report's paragraphs are read as templates, the market names a template fills in replaced by a slot (see
 * {@link ParagraphFingerprint}); a paragraph of report D that names market M, with M's name and D's as slots, has
 * the fingerprint of a paragraph of M's own report about M alone. Comparisons, related-reports sections, listings,
 * parent and child markets and paragraphs shorter than {@code minWords} are left out: see {@link
 * ParagraphCollector} and {@link Markets#areForeign}.
 */
public final class ForeignMarketNameRule implements CrossDocumentRule<ReportParagraphs> {
    static final int DEFAULT_MIN_WORDS = 20;
    /** Places in other reports given with one finding; the message counts the rest. */
    private static final int MAX_RELATED = 3;
    private static final RuleMetadata METADATA = RuleMetadata.builder("foreign-market-name")
            .summary("A boilerplate paragraph that names another report's market")
            .description("Reports a paragraph that names a market other than the report's own where the same "
                    + "paragraph, naming that market, is in that market's report of the same run: boilerplate copied "
                    + "from the other report and not customised. The finding is at the other market's name, with "
                    + "the paragraph of the other report as related location. Paragraphs are compared as "
                    + "templates: words, numbers and their order must be the same, with the names of the two markets "
                    + "as the only difference; case, punctuation and spacing are not compared. A report's market is "
                    + "the one its title, first heading or first line names. Not reported: a paragraph shorter than "
                    + "minWords words; a name used as a comparison (\"unlike the gadget market\", \"compared with\", "
                    + "\"faster than\", \"such as\"); related-reports sections and the items of a listing; a "
                    + "paragraph that also names the market of a third report of the run (it is about several "
                    + "markets); a market that is a "
                    + "part or a parent of the report's own (\"EV charging\" and \"EV\"; the global market beside a "
                    + "regional one); a report of the same market under another title; a region beside an "
                    + "overlapping one (Europe and Germany). A paragraph copied from a report that is not in the run "
                    + "cannot be found. Runs over the documents of one run together: one file or standard input "
                    + "alone has nothing to compare with. Kept per report until the end of the run: a 64-bit "
                    + "fingerprint and a place for each paragraph that names its market or another, never the text; "
                    + "--cache keeps the same with each file, so an unchanged report is replayed and still compared.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .option("minWords", OptionSpec.Type.INTEGER, DEFAULT_MIN_WORDS,
                    "The fewest words a paragraph needs to be compared: shorter text is too common to be copied.")
            .build();
    private static final OptionSpec MIN_WORDS = METADATA.options().get(0);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Map<String, String> validateOptions(RuleOptions options) {
        return options.getInt(MIN_WORDS) < 1 ? Map.of(MIN_WORDS.name(), "must be 1 or more") : Map.of();
    }

    @Override
    public Optional<ReportParagraphs> collect(CollectContext context) {
        return ParagraphCollector.collect(context, context.options().getInt(MIN_WORDS));
    }

    @Override
    public Optional<FactCodec<ReportParagraphs>> codec() {
        return Optional.of(new ParagraphsCodec());
    }

    @Override
    public void report(List<ReportParagraphs> collected, CrossDocumentContext context) {
        Map<String, List<ReportParagraphs>> byMarket = new HashMap<>();
        for (ReportParagraphs report : collected) {
            byMarket.computeIfAbsent(Markets.key(report.market()), key -> new ArrayList<>()).add(report);
        }
        Map<ReportParagraphs, Map<Long, DocumentLocation>> templates = new IdentityHashMap<>();
        for (ReportParagraphs report : collected) {
            for (ReportParagraphs.ForeignName name : report.foreignNames()) {
                List<ReportParagraphs> ofMarket = byMarket.getOrDefault(Markets.key(name.market()), List.of());
                List<DocumentLocation> copied = new ArrayList<>();
                for (ReportParagraphs other : ofMarket) {
                    if (other != report && Markets.areForeign(report.market(), other.market())) {
                        DocumentLocation same = templates.computeIfAbsent(other,
                                        of -> byFingerprint(of, byMarket.keySet())).get(name.fingerprint());
                        if (same != null) {
                            copied.add(same);
                        }
                    }
                }
                if (!copied.isEmpty()) {
                    context.report(problem(report, name, copied));
                }
            }
        }
    }

    private static CrossDocumentProblem problem(ReportParagraphs report, ReportParagraphs.ForeignName name,
                                                List<DocumentLocation> copied) {
        String others = copied.get(0).path() + (copied.size() > 1 ? " and " + (copied.size() - 1) + " more" : "");
        CrossDocumentProblem problem = CrossDocumentProblem.at(name.location(), "Paragraph copied from the "
                + name.market() + " report (" + others + ") still names \"" + name.written()
                + "\"; this report is on the " + report.market());
        for (DocumentLocation same : copied.subList(0, Math.min(MAX_RELATED, copied.size()))) {
            problem = problem.withRelated(same, "the same paragraph in the " + name.market() + " report");
        }
        return problem;
    }

    /**
     * The first paragraph of a report with each fingerprint, among those that name no market of another report of the
     * run: a paragraph on several markets of a family (the gadget and sprocket markets, in the gadget market report)
     * can be in each of their reports on purpose.
     */
    private static Map<Long, DocumentLocation> byFingerprint(ReportParagraphs report, Set<String> marketsOfRun) {
        Map<Long, DocumentLocation> first = new HashMap<>();
        for (ReportParagraphs.Template template : report.templates()) {
            if (template.otherMarkets().stream().noneMatch(other -> marketsOfRun.contains(Markets.key(other)))) {
                first.putIfAbsent(template.fingerprint(), template.location());
            }
        }
        return first;
    }
}
