package org.reportlint.rules.crossdocumentfigures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;

/**
 * Flags a report whose market size for a year, or growth rate for a period, disagrees with what the other reports of
 * the run on the same market state: the widget market at USD 4.2 billion for 2030 in three reports and USD 4.2
 * trillion in a fourth. Each report keeps only its market's name and its headline figures ({@link FigureCollector});
 * the run's reports are weighed against each other once all are read ({@link Disagreements}).
 */
public final class CrossDocumentFiguresRule implements CrossDocumentRule<MarketFigures> {
    static final OptionSpec ALIASES = new OptionSpec("aliases", OptionSpec.Type.STRING_LISTS, List.of(),
            "Groups of names of one market, such as [[\"EV charging\", \"electric vehicle charging\"]]: reports "
                    + "whose market names differ only by them are reports on one market.");
    private static final RuleMetadata METADATA = RuleMetadata.builder("cross-document-figures")
            .summary("The same market sized or given a growth rate differently by the reports of one run")
            .description("Reports a market size for a year, or a CAGR for a period, that disagrees with what the "
                    + "other reports of the run on the same market state: the widget market at USD 4.2 billion for "
                    + "2030 in three reports and USD 4.2 trillion in a fourth. The finding is in each report that "
                    + "disagrees with the majority, with the reports of the majority as related locations (with "
                    + "their paths). When no value has a majority (one report against one, two against two), every "
                    + "report that disagrees with another is reported, pointing at the others, since either may be "
                    + "wrong.\n\n"
                    + "Reports are matched by their market's name from the title, first heading or first line, "
                    + "normalised: case, the words \"market\" and \"global\", plural endings, the order of the words "
                    + "(\"Hand and Power Tools\" is \"Power and Hand Tool\") and the names of the aliases option. "
                    + "Region words stay: a Europe widget market report is not compared with a widget market report, "
                    + "nor a smart widget market report with either.\n\n"
                    + "Each report counts once per figure, with the value it states most often for it (its own "
                    + "contradictions are conflicting-figures'). Values are read as conflicting-figures reads them: "
                    + "printed precision and qualifiers count, so USD 4.2 billion and USD 4.21 billion agree, and so "
                    + "do \"over 7%\" and 7.4%, while USD 4.2 billion and USD 4.2 trillion do not.\n\n"
                    + "Not compared: figures of segments, regions, companies and other markets on the page; sizes "
                    + "for different years or in different currencies (EUR beside USD); a projected size (\"is "
                    + "expected to reach\", a \"Revenue forecast\" row) beside a size stated as reached (\"was "
                    + "valued at\"), which differ between editions; historical rates beside forecasts, volume beside "
                    + "value, prices; rates for different periods. A rate that prints no period is taken to be for "
                    + "the report's forecast period only when the report gives exactly one; otherwise it is not "
                    + "compared. Listing pages and pages that name no market of their own are not read.\n\n"
                    + "It runs when several documents are linted together (a folder, several files); a single file "
                    + "or standard input has no other report to disagree with. It keeps a few figures per report, "
                    + "not the text, and compares reports of one market only.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .option(ALIASES.name(), ALIASES.type(), ALIASES.defaultValue(), ALIASES.description())
            .example("widgets-report.md:\n# Widget Market Report\n"
                            + "The widget market was valued at USD 4.2 billion in 2024.\n\n"
                            + "widgets-outlook.md:\n# Global Widgets Market Outlook\n"
                            + "The global widgets market size stood at USD 4.2 trillion in 2024.",
                    "widgets-report.md:\n# Widget Market Report\n"
                            + "The widget market was valued at USD 4.2 billion in 2024.\n\n"
                            + "widgets-outlook.md:\n# Global Widgets Market Outlook\n"
                            + "The global widgets market size stood at about USD 4.21 billion in 2024.")
            .build();
    private static final MarketFiguresCodec CODEC = new MarketFiguresCodec();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<MarketFigures> collect(CollectContext context) {
        return FigureCollector.collect(context, Aliases.of(context.options().getStringLists(ALIASES)));
    }

    @Override
    public void report(List<MarketFigures> collected, CrossDocumentContext context) {
        Disagreements.report(collected, context);
    }

    @Override
    public Optional<FactCodec<MarketFigures>> codec() {
        return Optional.of(CODEC);
    }

    @Override
    public Map<String, String> validateOptions(RuleOptions options) {
        String problem = Aliases.problems(options.getStringLists(ALIASES));
        return problem.isEmpty() ? Map.of() : Map.of(ALIASES.name(), problem);
    }
}
