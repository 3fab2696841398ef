package org.reportlint.rules.crossdocumentfigures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.reportlint.core.facts.CagrStatement;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.MarketSize;
import org.reportlint.core.facts.Period;
import org.reportlint.core.facts.Subject;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.figures.Statements;

/**
 * Reads what one report states of its own market: for each size (by year, currency and whether it is a projection)
 * and each growth rate (by kind, measure and period), the value the report states most often, as {@code
 * conflicting-figures} weighs it.
 *
 * <p>Only statements about the report's market as a whole count, and only where the market is named without doubt:
 * the report names a market of its own and is no listing of several, and a statement that names its market names the
 * report's own (not a narrower one the report's name merely covers). Segments, regions, companies and other markets
 * on the page are left out, and so are prices, ranges of sizes and amounts without a currency.
 */
final class FigureCollector {
    private final CollectContext context;
    private final Facts facts;
    private final Aliases aliases;
    private final String market;

    private FigureCollector(CollectContext context, Facts facts, Aliases aliases, String market) {
        this.context = context;
        this.facts = facts;
        this.aliases = aliases;
        this.market = market;
    }

    static Optional<MarketFigures> collect(CollectContext context, Aliases aliases) {
        Facts facts = Facts.of(context.document());
        if (facts.figures().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = facts.subjects().documentMarket();
        if (name.isEmpty() || facts.subjects().isListingPage()) {
            return Optional.empty(); // its figures cannot be told to be one market's
        }
        String market = MarketKey.of(name.get(), aliases);
        if (market.isEmpty()) {
            return Optional.empty();
        }
        FigureCollector collector = new FigureCollector(context, facts, aliases, market);
        List<StatedFigure> figures = new ArrayList<>(collector.sizes());
        figures.addAll(collector.rates());
        return figures.isEmpty() ? Optional.empty() : Optional.of(new MarketFigures(market, name.get(), figures));
    }

    private List<StatedFigure> sizes() {
        Map<String, List<Statements.Stated<MarketSize>>> byFigure = new LinkedHashMap<>();
        for (MarketSize size : facts.marketSizes()) {
            String currency = size.value().currency();
            if (isOwn(size.subject()) && !currency.isEmpty()) {
                String figure = "size " + size.year() + " " + currency + (size.projected() ? " projected" : "");
                byFigure.computeIfAbsent(figure, k -> new ArrayList<>())
                        .add(new Statements.Stated<>(size, size.bounds()));
            }
        }
        return mostStated(byFigure, StatedFigure.Kind.SIZE, size -> String.valueOf(size.year()), MarketSize::text,
                MarketSize::sourceRange);
    }

    private List<StatedFigure> rates() {
        RatePeriods periods = RatePeriods.of(facts);
        Map<String, List<Statements.Stated<CagrStatement>>> byFigure = new LinkedHashMap<>();
        Map<CagrStatement, Period> periodOf = new java.util.IdentityHashMap<>();
        for (CagrStatement rate : facts.cagrStatements()) {
            if (!isOwn(rate.subject()) || rate.measure() == CagrStatement.Measure.PRICE) {
                continue;
            }
            Optional<Period> period = periods.of(rate);
            if (period.isPresent()) {
                periodOf.put(rate, period.get());
                String figure = "cagr " + rate.kind().name().toLowerCase(Locale.ROOT) + " "
                        + rate.measure().name().toLowerCase(Locale.ROOT) + " " + period.get();
                byFigure.computeIfAbsent(figure, k -> new ArrayList<>())
                        .add(new Statements.Stated<>(rate, rate.bounds()));
            }
        }
        return mostStated(byFigure, StatedFigure.Kind.GROWTH_RATE, rate -> periodOf.get(rate).toString(),
                rate -> "\"" + rate.text().replaceAll("\\s+", " ") + "\"", CagrStatement::sourceRange);
    }

    /**
     * For each figure, the statement most of the report's others agree with; none for a figure the report states
     * with no value agreed by more than half of its statements (a segment's size the facts took for the market's
     * beside the market's own, or two values as often each).
     */
    private <S> List<StatedFigure> mostStated(Map<String, List<Statements.Stated<S>>> byFigure,
                                              StatedFigure.Kind kind, Function<S, String> period,
                                              Function<S, String> printed, Function<S, TextRange> range) {
        List<StatedFigure> figures = new ArrayList<>();
        byFigure.forEach((figure, statements) -> {
            Statements.Conflicts<S> weighed = new Statements<S>(statements, (a, b) -> true, s -> "").conflicts();
            if ((weighed.agreeing() + 1) * 2 <= statements.size()) {
                // No value of its own has a majority in the report: it cannot say which one the report means.
                return;
            }
            Statements.Stated<S> main = weighed.reference();
            S statement = main.statement();
            figures.add(new StatedFigure(figure, kind, period.apply(statement), printed.apply(statement),
                    main.bounds(), context.locate(range.apply(statement))));
        });
        return figures;
    }

    /**
     * Whether a statement is about the report's own market as a whole, by a name that is the market's or by none;
     * "the smart widget market" in a widget market report is a narrower market, whatever the page is about.
     */
    private boolean isOwn(Subject subject) {
        return subject.isDocumentMarket()
                && (subject.name().isEmpty() || MarketKey.of(subject.name(), aliases).equals(market));
    }
}
