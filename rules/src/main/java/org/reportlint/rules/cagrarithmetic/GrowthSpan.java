package org.reportlint.rules.cagrarithmetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.Block;
import org.reportlint.core.facts.Bounds;
import org.reportlint.core.facts.CagrStatement;
import org.reportlint.core.facts.DatedValue;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.FigureKind;
import org.reportlint.core.facts.MarketSize;
import org.reportlint.core.facts.Period;
import org.reportlint.core.facts.Subject;

/**
 * The start and end values a CAGR statement is checked against, and the growth they imply.
 *
 * <p>The values are the amounts with years in the statement's sentence; when it has fewer than two, those of the
 * sentences just before and after join them, and in a list of key figures ("2025 market size: USD 4.2 billion",
 * "CAGR (2026-2032): 6.3%") the market sizes of the other items of its list. They must all be single amounts in one
 * currency and about the same subject as the rate, one value per year, and the earliest and latest years give the
 * span. A period printed with the rate must fit the values: it ends in the end value's year and starts in the start
 * value's year or the year after (a base year of 2023 with a forecast 2024-2030 is the usual way of stating a
 * 2023-2030 span; both year counts are accepted). Anything else is a CAGR over a different period than the values,
 * which says nothing about them.
 *
 * @param start the earlier value
 * @param end the later value
 * @param years the numbers of years of growth between them that the statement allows
 */
record GrowthSpan(Point start, Point end, List<Integer> years) {

    /** The span to check {@code statement} against, if its values give exactly one. */
    static Optional<GrowthSpan> of(CagrStatement statement, Facts facts, KeyFigureLists lists) {
        List<Point> points = usable(statement.values(), statement, facts);
        if (points.size() < 2) {
            points.addAll(usable(statement.nearbyValues(), statement, facts));
        }
        if (points.size() < 2) {
            points.addAll(listSiblings(statement, lists));
        }
        if (points.size() < 2 || points.stream().map(p -> p.value().currency()).distinct().count() != 1) {
            return Optional.empty();
        }
        Point first = points.get(0);
        Point last = points.get(0);
        for (Point p : points) {
            first = p.year() < first.year() ? p : first;
            last = p.year() > last.year() ? p : last;
        }
        if (first.year() >= last.year() || !onePerYear(points, first) || !onePerYear(points, last)) {
            return Optional.empty();
        }
        int span = last.year() - first.year();
        if (statement.period().isEmpty()) {
            return Optional.of(new GrowthSpan(first, last, List.of(span)));
        }
        Period period = statement.period().get().period();
        if (period.end() != last.year()) {
            return Optional.empty();
        }
        if (period.start() == first.year()) {
            return Optional.of(new GrowthSpan(first, last, List.of(span)));
        }
        if (period.start() == first.year() + 1) {
            return Optional.of(new GrowthSpan(first, last, List.of(span, span - 1)));
        }
        return Optional.empty();
    }

    /** The yearly growth the values imply over {@code n} years, in percent, as far as their printing allows. */
    Bounds impliedRate(int n) {
        return new Bounds(rate(end.bounds().low(), start.bounds().high(), n),
                rate(end.bounds().high(), start.bounds().low(), n));
    }

    /** The yearly growth the printed values imply over {@code n} years, in percent. */
    double pointRate(int n) {
        return rate(end.value().value() * end.value().magnitude().factor(),
                start.value().value() * start.value().magnitude().factor(), n);
    }

    /** Whether the value falls from start to end whatever the printed precision hides. */
    boolean falls() {
        return end.bounds().high() < start.bounds().low();
    }

    private static double rate(double to, double from, int n) {
        return (Math.pow(to / from, 1.0 / n) - 1) * 100;
    }

    private static List<Point> usable(List<DatedValue> values, CagrStatement statement, Facts facts) {
        List<Point> found = new ArrayList<>();
        for (DatedValue v : values) {
            if (v.value().kind() == FigureKind.MONEY && isUsable(Point.of(v))
                    && sameSubject(facts.subjectAt(v.value().block(), v.value().start()), statement.subject())) {
                found.add(Point.of(v));
            }
        }
        return found;
    }

    /** The market sizes of the other items of the list the statement is an item of. */
    private static List<Point> listSiblings(CagrStatement statement, KeyFigureLists lists) {
        Block item = statement.sentence().block().block();
        List<Point> found = new ArrayList<>();
        for (MarketSize size : lists.siblingsOf(item)) {
            if (isUsable(Point.of(size)) && sameSubject(size.subject(), statement.subject())) {
                found.add(Point.of(size));
            }
        }
        return found;
    }

    private static boolean isUsable(Point point) {
        return !point.value().isRange() && point.value().low() > 0 && Double.isFinite(point.bounds().low())
                && Double.isFinite(point.bounds().high()) && point.bounds().low() > 0;
    }

    private static boolean sameSubject(Subject value, Subject rate) {
        return value.kind() == rate.kind()
                && (value.kind() == Subject.Kind.DOCUMENT_MARKET || value.name().equals(rate.name()));
    }

    /** Whether {@code chosen} is the only value for its year: two amounts for one year leave the start unknown. */
    private static boolean onePerYear(List<Point> points, Point chosen) {
        return points.stream().filter(p -> p.year() == chosen.year())
                .allMatch(p -> p.value().low() == chosen.value().low()
                        && p.value().magnitude() == chosen.value().magnitude());
    }
}
