package org.reportlint.rules.daterange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.facts.Period;
import org.reportlint.core.facts.StatementKind;
import org.reportlint.core.facts.YearRange;

/**
 * The forecast periods one document states, grouped by period, and the occurrences that contradict its main one.
 *
 * <p>Two sorts of occurrence take part: forecast statements ({@code CAGR of 5% from 2024 to 2030}, {@code Forecast
 * period: 2024-2030}) and title periods, the periods of titles and headings that no word qualifies ({@code Widget
 * Market Report, 2024-2030}). A title period is either the forecast period or the span of the whole study, history and
 * forecast together ({@code 2018-2030} beside a CAGR for {@code 2024-2030}), so a title period agrees with a forecast
 * it spans: one that ends in the same year and starts in the same year or later. A title period that starts after the
 * forecast ({@code 2025-2030} beside {@code 2024-2030}) or ends in another year spans neither and conflicts, as two
 * forecast statements that differ would.
 *
 * <p>The main period is the forecast stated most often, each title period that spans it counting for it; a title period
 * that spans no forecast is a candidate too, counted with the title periods that span it. On a tie the one stated (or
 * supported) first wins. Another period contradicts the main one only when the two overlap: a growth rate for 2017-2023
 * beside one for 2024-2030 is history beside forecast, but a CAGR for 2021-2026 beside one for 2024-2030 cannot both
 * describe the report's forecast. Title periods alone never conflict: at least one side must be a forecast statement.
 */
final class ForecastPeriods {
    /** The fewest years between the start and the end of a period compared as a forecast period. */
    static final int SHORTEST = 3;
    private final List<YearRange> occurrences;
    private final Period main;
    private final boolean stated;

    private ForecastPeriods(List<YearRange> occurrences, Period main, boolean stated) {
        this.occurrences = occurrences;
        this.main = main;
        this.stated = stated;
    }

    /** Groups the comparable forecast and title ranges among {@code ranges}, in document order. */
    static Optional<ForecastPeriods> of(List<YearRange> ranges) {
        List<YearRange> compared = comparable(ranges);
        List<Period> stated = compared.stream()
                .filter(r -> r.kind() == StatementKind.FORECAST).map(YearRange::period).distinct().toList();
        // Insertion order is first-seen order, so a strict comparison lets the earlier candidate win a tie.
        Map<Period, Score> candidates = new LinkedHashMap<>();
        for (YearRange range : compared) {
            if (range.kind() == StatementKind.FORECAST || stated.stream().noneMatch(p -> spans(range.period(), p))) {
                candidates.computeIfAbsent(range.period(), p -> new Score());
            }
        }
        for (YearRange range : compared) {
            int position = range.sourceRange().start();
            for (Map.Entry<Period, Score> candidate : candidates.entrySet()) {
                Period period = candidate.getKey();
                boolean counts = range.kind() == StatementKind.FORECAST ? range.period().equals(period)
                        : spans(range.period(), period);
                if (counts) {
                    candidate.getValue().add(position);
                }
            }
        }
        Period main = null;
        Score best = null;
        for (Map.Entry<Period, Score> candidate : candidates.entrySet()) {
            Score score = candidate.getValue();
            if (best == null || score.count > best.count || score.count == best.count && score.first < best.first) {
                main = candidate.getKey();
                best = score;
            }
        }
        if (main == null) {
            return Optional.empty();
        }
        return Optional.of(new ForecastPeriods(compared, main, stated.contains(main)));
    }

    /**
     * Whether any two of the comparable periods among {@code ranges} could contradict each other, whichever becomes
     * the main one: a cheap test that needs no subjects.
     */
    static boolean mayConflict(List<YearRange> ranges) {
        Set<Occurrence> distinct = new LinkedHashSet<>();
        for (YearRange range : comparable(ranges)) {
            distinct.add(new Occurrence(range.period(), range.kind() == StatementKind.TITLE_PERIOD));
        }
        List<Occurrence> list = new ArrayList<>(distinct);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (list.get(i).mayConflict(list.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The period stated most often (first on a tie). */
    Period main() {
        return main;
    }

    /** How often the main period itself is stated, in statements and titles. */
    int mainCount() {
        return (int) occurrences.stream().filter(r -> r.period().equals(main)).count();
    }

    /** Where the main period itself is first stated. */
    YearRange firstMainOccurrence() {
        return occurrences.stream().filter(r -> r.period().equals(main)).findFirst().orElseThrow();
    }

    /** Every occurrence of a period that contradicts the main period, in document order. */
    List<YearRange> conflicts() {
        List<YearRange> conflicting = new ArrayList<>();
        for (YearRange range : occurrences) {
            Period period = range.period();
            if (period.equals(main) || !period.overlaps(main)) {
                continue;
            }
            boolean title = range.kind() == StatementKind.TITLE_PERIOD;
            if (!title || stated && !spans(period, main)) {
                conflicting.add(range);
            }
        }
        conflicting.sort(Comparator.comparingInt(r -> r.sourceRange().start()));
        return conflicting;
    }

    /**
     * Every forecast statement of a period that ended before {@code year}, leaving out periods that end where the
     * main period starts or earlier: those describe history, not a stale forecast. Title periods are left out.
     */
    List<YearRange> endedBefore(int year) {
        List<YearRange> ended = new ArrayList<>();
        for (YearRange range : occurrences) {
            Period period = range.period();
            boolean history = !period.equals(main) && period.end() <= main.start();
            if (range.kind() == StatementKind.FORECAST && period.end() < year && !history) {
                ended.add(range);
            }
        }
        return ended;
    }

    /** Whether a title period covers a forecast as the study's span does: the same end, the same start or earlier. */
    private static boolean spans(Period title, Period forecast) {
        return title.end() == forecast.end() && title.start() <= forecast.start();
    }

    /**
     * The forecast and title ranges that can be a report's forecast period: sound periods of at least {@value
     * #SHORTEST} years' difference. A shorter range ("a recovery in 2024-2025") is a near-term outlook inside the
     * forecast, not a forecast period of its own.
     */
    private static List<YearRange> comparable(List<YearRange> ranges) {
        return ranges.stream()
                .filter(r -> r.kind() == StatementKind.FORECAST || r.kind() == StatementKind.TITLE_PERIOD)
                .filter(r -> r.isComparablePeriod() && r.endYear() - r.startYear() >= SHORTEST)
                .toList();
    }

    /** How many occurrences count for a candidate period, and where the first of them is. */
    private static final class Score {
        private int count;
        private int first = Integer.MAX_VALUE;

        void add(int position) {
            count++;
            first = Math.min(first, position);
        }
    }

    /** A distinct period as stated or as a title gives it. */
    private record Occurrence(Period period, boolean title) {
        boolean mayConflict(Occurrence other) {
            if (period.equals(other.period) || !period.overlaps(other.period)) {
                return false;
            }
            if (title && other.title) {
                return false;
            }
            return !(title && spans(period, other.period) || other.title && spans(other.period, period));
        }
    }
}
