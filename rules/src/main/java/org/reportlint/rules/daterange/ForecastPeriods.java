package org.reportlint.rules.daterange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.facts.Period;
import org.reportlint.core.facts.StatementKind;
import org.reportlint.core.facts.YearRange;

/**
 * The forecast periods one document states, grouped by period, and the occurrences that contradict its main one.
 *
 * <p>The main period is the one stated most often; on a tie, the one stated first. Another period contradicts it only
 * when the two overlap: a growth rate for 2017-2023 beside one for 2024-2030 is history beside forecast, but a
 * CAGR for 2021-2026 beside one for 2024-2030 cannot both describe the report's forecast.
 */
final class ForecastPeriods {
    private final Map<Period, List<YearRange>> byPeriod;
    private final Period main;

    private ForecastPeriods(Map<Period, List<YearRange>> byPeriod, Period main) {
        this.byPeriod = byPeriod;
        this.main = main;
    }

    /** Groups the comparable forecast ranges among {@code ranges}, in document order. */
    static Optional<ForecastPeriods> of(List<YearRange> ranges) {
        Map<Period, List<YearRange>> byPeriod = new LinkedHashMap<>();
        for (YearRange range : ranges) {
            if (range.kind() == StatementKind.FORECAST && range.isComparablePeriod()) {
                byPeriod.computeIfAbsent(range.period(), p -> new ArrayList<>()).add(range);
            }
        }
        Period main = null;
        for (Map.Entry<Period, List<YearRange>> entry : byPeriod.entrySet()) {
            // Insertion order is first-seen order, so a strict comparison lets the earlier period win a tie.
            if (main == null || entry.getValue().size() > byPeriod.get(main).size()) {
                main = entry.getKey();
            }
        }
        return main == null ? Optional.empty() : Optional.of(new ForecastPeriods(byPeriod, main));
    }

    /** The period stated most often (first on a tie). */
    Period main() {
        return main;
    }

    /** How often the main period is stated. */
    int mainCount() {
        return byPeriod.get(main).size();
    }

    /** Where the main period is first stated. */
    YearRange firstMainOccurrence() {
        return byPeriod.get(main).get(0);
    }

    /** Every occurrence of a period that overlaps the main period without being it, in document order. */
    List<YearRange> conflicts() {
        List<YearRange> conflicting = new ArrayList<>();
        byPeriod.forEach((period, occurrences) -> {
            if (!period.equals(main) && period.overlaps(main)) {
                conflicting.addAll(occurrences);
            }
        });
        conflicting.sort(java.util.Comparator.comparingInt(r -> r.sourceRange().start()));
        return conflicting;
    }

    /**
     * Every occurrence of a forecast period that ended before {@code year}, leaving out periods that end where the
     * main period starts or earlier: those describe history, not a stale forecast.
     */
    List<YearRange> endedBefore(int year) {
        List<YearRange> ended = new ArrayList<>();
        byPeriod.forEach((period, occurrences) -> {
            boolean history = !period.equals(main) && period.end() <= main.start();
            if (period.end() < year && !history) {
                ended.addAll(occurrences);
            }
        });
        ended.sort(java.util.Comparator.comparingInt(r -> r.sourceRange().start()));
        return ended;
    }
}
