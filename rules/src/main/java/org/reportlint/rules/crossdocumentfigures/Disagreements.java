package org.reportlint.rules.crossdocumentfigures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.core.facts.Bounds;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;

/**
 * Weighs the reports of a run that state one figure of one market against each other and reports those that
 * disagree.
 *
 * <p>Each report counts once, with the value it states most often. The value of the run is the one that agrees with
 * the most reports (the first in path order on a tie of agreement), and every report that disagrees with it is
 * reported, with the agreeing reports as related places. When a disagreeing report has as many reports on its side
 * as the value of the run (one against one, two against two), no value has a majority: every report is reported that
 * disagrees with another, with those others as related places, since the linter cannot tell which one is wrong.
 */
final class Disagreements {
    /** How many related places a finding lists; its message still counts them all. */
    static final int MAX_RELATED = 10;

    /** One report's statement of the figure. */
    private record Entry(MarketFigures report, StatedFigure figure) {
    }

    private final CrossDocumentContext context;

    private Disagreements(CrossDocumentContext context) {
        this.context = context;
    }

    static void report(List<MarketFigures> collected, CrossDocumentContext context) {
        Map<String, List<Entry>> byFigure = new LinkedHashMap<>();
        for (MarketFigures report : collected) {
            for (StatedFigure figure : report.figures()) {
                byFigure.computeIfAbsent(report.market() + "\n" + figure.figure(), k -> new ArrayList<>())
                        .add(new Entry(report, figure));
            }
        }
        Disagreements disagreements = new Disagreements(context);
        for (List<Entry> entries : byFigure.values()) {
            if (entries.size() > 1) {
                disagreements.weigh(entries);
            }
        }
    }

    private void weigh(List<Entry> entries) {
        // Reports of one family mostly print the same value: each different value is weighed once, with its count,
        // so a market with thousands of reports costs reports times values, not reports squared.
        Map<Bounds, Integer> values = new LinkedHashMap<>();
        for (Entry entry : entries) {
            values.merge(entry.figure().bounds(), 1, Integer::sum);
        }
        int[] support = new int[entries.size()];
        int best = 0;
        int reference = 0;
        Map<Bounds, Integer> supportOf = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            support[i] = supportOf.computeIfAbsent(entries.get(i).figure().bounds(), bounds -> agreeing(bounds, values));
            if (support[i] > best) {
                best = support[i];
                reference = i;
            }
        }
        Entry main = entries.get(reference);
        List<Entry> agreeing = new ArrayList<>(List.of(main));
        List<Entry> disagreeing = new ArrayList<>();
        boolean majority = true;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (!main.figure().agrees(entry.figure())) {
                disagreeing.add(entry);
                majority &= support[i] < best;
            } else if (i != reference) {
                agreeing.add(entry);
            }
        }
        if (disagreeing.isEmpty()) {
            return;
        }
        if (majority) {
            disagreeing.forEach(entry -> report(entry, agreeing, ""));
            return;
        }
        for (Entry entry : entries) {
            List<Entry> others = entries.stream().filter(other -> !entry.figure().agrees(other.figure())).toList();
            if (!others.isEmpty()) {
                report(entry, others, ", and no value has a majority");
            }
        }
    }

    /** How many reports state a value that agrees with {@code bounds}, its own included. */
    private static int agreeing(Bounds bounds, Map<Bounds, Integer> values) {
        int count = 0;
        for (Map.Entry<Bounds, Integer> value : values.entrySet()) {
            if (bounds.meets(value.getKey())) {
                count += value.getValue();
            }
        }
        return count;
    }

    /** Reports {@code entry} as disagreeing with {@code others}, the first of which its message names. */
    private void report(Entry entry, List<Entry> others, String suffix) {
        StatedFigure figure = entry.figure();
        StatedFigure first = others.get(0).figure();
        String where = others.size() == 1 ? first.location().path() : others.size() + " other reports";
        CrossDocumentProblem problem = CrossDocumentProblem.at(figure.location(), figure.kind().label() + " "
                + figure.printed() + " for " + figure.period() + " differs from " + first.printed()
                + " stated for the " + entry.report().name() + " in " + where + suffix);
        for (Entry other : others.subList(0, Math.min(MAX_RELATED, others.size()))) {
            StatedFigure stated = other.figure();
            problem = problem.withRelated(stated.location(), stated.printed() + " for " + stated.period()
                    + " stated here");
        }
        context.report(problem);
    }
}
