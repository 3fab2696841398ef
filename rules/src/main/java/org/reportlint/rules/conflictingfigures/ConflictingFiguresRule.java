package org.reportlint.rules.conflictingfigures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.core.facts.CagrStatement;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.MarketSize;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.figures.Statements;

/**
 * Flags the document's own market stated with two different CAGRs, or with two different sizes for one year.
 *
 * <p>Only statements about the document's market as a whole count: the figures of a segment, a region, a company, a
 * parent market or another market on the same page (a related report, an item of a listing) are other figures. Growth
 * rates are compared within one kind (forecast or historical) and one measure (value or volume), and only when their
 * periods are the same or one of them prints none; two forecast periods that differ are the business of
 * {@code date-range}. Sizes are compared for the same year and currency. Qualifiers are read as a reader would:
 * {@code around 5%} is 4.5-5.5, {@code 5-7%} anything in it, {@code over 10%} just above 10. A page whose title,
 * first heading or first line names no market of its own is not checked: its figures cannot be told apart.
 */
public final class ConflictingFiguresRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("conflicting-figures")
            .summary("The market's CAGR or size stated with two different values")
            .description("Reports a growth rate or a market size of the document's own market that contradicts the "
                    + "value the document states most often for the same figure (the market's CAGR as 7% in one "
                    + "paragraph and 10% in another; the size for 2031 as USD 4.2 billion and USD 4.2 trillion), "
                    + "with the main statement as related location. Printed precision and qualifiers are read as a "
                    + "reader would: \"around 5%\" is 4.5-5.5, \"5-7%\" anything in it, \"over 10%\" just above 10 "
                    + "(up to a tenth more). Figures of segments, regions, companies, other markets, historical "
                    + "rates beside forecasts, volume beside value, and rates for different printed periods are not "
                    + "the market's figure and are not compared. A statement whose subject is unclear counts as the "
                    + "market's only when nothing else in its sentence is named. A page that names no market of its own in its "
                    + "title, first heading or first line (a news story, a listing) is not checked.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .example("<p>The widget market will grow at a CAGR of 7.1% from 2024 to 2030.</p>\n"
                            + "<p>Analysts expect the market to expand at a CAGR of 10% over the forecast period.</p>",
                    "<p>The widget market will grow at a CAGR of 7.1% from 2024 to 2030.</p>\n"
                            + "<p>Analysts expect the market to expand at a CAGR of 7.1% over the forecast period.</p>")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Facts facts = Facts.of(context.document());
        if (facts.figures().size() < 2 || facts.subjects().documentMarket().isEmpty()) {
            return; // a page that names no market of its own (a news story, a listing) has no figure of "the market"
        }
        checkRates(context, facts);
        checkSizes(context, facts);
    }

    private static void checkRates(RuleContext context, Facts facts) {
        if (facts.cagrStatements().size() < 2) {
            return;
        }
        Map<String, List<Statements.Stated<CagrStatement>>> groups = new LinkedHashMap<>();
        for (CagrStatement statement : facts.cagrStatements()) {
            if (statement.subject().isDocumentMarket()) {
                groups.computeIfAbsent(statement.kind() + "/" + statement.measure(), k -> new ArrayList<>())
                        .add(new Statements.Stated<>(statement, statement.bounds()));
            }
        }
        for (List<Statements.Stated<CagrStatement>> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Statements.Conflicts<CagrStatement> conflicts =
                    new Statements<>(group, ConflictingFiguresRule::samePeriod, CagrStatement::span).conflicts();
            CagrStatement reference = conflicts.reference().statement();
            for (Statements.Stated<CagrStatement> other : conflicts.disagreeing()) {
                CagrStatement statement = other.statement();
                context.report(Problem.at(statement.sourceRange(), "Market growth rate " + printed(statement)
                                + " conflicts with " + printed(reference) + " stated elsewhere"
                                + times(conflicts.agreeing() + 1))
                        .withRelated(reference.sourceRange(), "Growth rate " + printed(reference) + " stated here"));
            }
        }
    }

    private static void checkSizes(RuleContext context, Facts facts) {
        Map<String, List<Statements.Stated<MarketSize>>> groups = new LinkedHashMap<>();
        for (MarketSize size : facts.marketSizes()) {
            if (size.subject().isDocumentMarket()) {
                groups.computeIfAbsent(size.year() + "/" + size.value().currency(), k -> new ArrayList<>())
                        .add(new Statements.Stated<>(size, size.bounds()));
            }
        }
        for (List<Statements.Stated<MarketSize>> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Statements.Conflicts<MarketSize> conflicts = new Statements<MarketSize>(group, (a, b) -> true, size -> "").conflicts();
            MarketSize reference = conflicts.reference().statement();
            for (Statements.Stated<MarketSize> other : conflicts.disagreeing()) {
                MarketSize size = other.statement();
                context.report(Problem.at(size.sourceRange(), "Market size " + size.text() + " for " + size.year()
                                + " conflicts with " + reference.text() + " stated elsewhere"
                                + times(conflicts.agreeing() + 1))
                        .withRelated(reference.sourceRange(), "Market size " + reference.text() + " for "
                                + reference.year() + " stated here"));
            }
        }
    }

    /** Two rates are comparable when what they say of their periods can be the same period. */
    private static boolean samePeriod(CagrStatement a, CagrStatement b) {
        return a.span().compatible(b.span());
    }

    /** The statement as printed, from the CAGR words to the rate: "CAGR of around 12%", "7.5% CAGR". */
    private static String printed(CagrStatement statement) {
        return "\"" + statement.text().replaceAll("\\s+", " ") + "\"";
    }

    private static String times(int count) {
        return count == 1 ? "" : " (" + count + " times)";
    }
}
