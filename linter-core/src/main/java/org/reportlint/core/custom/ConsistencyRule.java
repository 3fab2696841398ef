package org.reportlint.core.custom;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.source.TextRange;

/**
 * {@code consistency}: pairs of spellings that must not both appear in one document ({@code "either":
 * {"e-mail": "email"}}). When both do, every occurrence of the spelling used less often is reported (on a tie, the
 * one that appears later), with the first occurrence of the other as related location. Message arguments: the
 * occurrence, then the spelling used elsewhere.
 */
public final class ConsistencyRule extends CustomRule {
    private final List<Term[]> pairs;

    public ConsistencyRule(Common common, List<Term[]> pairs) {
        super(common);
        this.pairs = List.copyOf(pairs);
    }

    @Override
    public String kind() {
        return "consistency";
    }

    @Override
    protected List<String> details() {
        return List.of("Either: " + String.join(", ", pairs.stream()
                .map(p -> "\"" + p[0].source() + "\" or \"" + p[1].source() + "\"").toList()));
    }

    /** Where one spelling occurs: its source range and the matched text. */
    private record Occurrence(TextRange range, String text) {
    }

    @Override
    public void check(RuleContext context) {
        List<Region> regions = regions(context.document());
        for (Term[] pair : pairs) {
            List<Occurrence> first = occurrences(regions, pair[0]);
            List<Occurrence> second = occurrences(regions, pair[1]);
            if (first.isEmpty() || second.isEmpty()) {
                continue;
            }
            boolean firstLoses = first.size() < second.size() || (first.size() == second.size()
                    && first.get(0).range().start() > second.get(0).range().start());
            List<Occurrence> minority = firstLoses ? first : second;
            Occurrence kept = (firstLoses ? second : first).get(0);
            for (Occurrence occurrence : minority) {
                context.report(Problem.at(occurrence.range(), message().format(occurrence.text(), kept.text()))
                        .withRelated(kept.range(), "\"" + kept.text() + "\" is used here"));
            }
        }
    }

    private static List<Occurrence> occurrences(List<Region> regions, Term term) {
        List<Occurrence> found = new ArrayList<>();
        for (Region region : regions) {
            for (Term.Match match : TermMatches.in(region, List.of(term))) {
                found.add(new Occurrence(region.source(match.start(), match.end()), match.text()));
            }
        }
        return found;
    }
}
