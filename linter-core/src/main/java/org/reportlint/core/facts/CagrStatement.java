package org.reportlint.core.facts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reportlint.core.source.TextRange;

/**
 * A compound annual growth rate as a report states it: {@code a CAGR of 14.6% from 2024 to 2030}, {@code 14.6% CAGR},
 * {@code a compound annual growth rate (CAGR) of around 5.2%}, with what the same sentence says around it.
 *
 * @param sentence the sentence that states it
 * @param start the block text offset where the statement starts: the rate or the CAGR words, whichever is first
 * @param end the block text offset just after it
 * @param rate the rate, a {@link FigureKind#PERCENT} figure with its printed precision, possibly a range
 * @param qualifier how the rate was qualified ({@code around}, {@code over}, a range)
 * @param period the year range of the same sentence nearest the rate, if any
 * @param kind {@link StatementKind#HISTORICAL} for a past rate ("grew at a CAGR of"), else {@link
 *     StatementKind#FORECAST}
 * @param values amounts with their years stated in the same sentence, in text order: the candidates for checking the
 *     rate against its start and end values
 * @param nearbyValues amounts with years stated in the sentences just before and after, in the same block
 * @param subject what the rate is about
 * @param measure whether it is growth in value, in volume ("in terms of volume", "unit shipments") or of prices
 * @param declining whether the words say the figure falls at that rate ("decline at a CAGR of 3%"), which makes a
 *     printed positive rate negative
 */
public record CagrStatement(Sentence sentence, int start, int end, Figure rate, RateQualifier qualifier,
                            Optional<YearRange> period, StatementKind kind, List<DatedValue> values,
                            List<DatedValue> nearbyValues, Subject subject, Measure measure, boolean declining) {

    /** The words before a year that make it the end of a growth: "by 2030", "until 2030". */
    private static final java.util.Set<String> TARGET_YEAR = java.util.Set.of("by", "until", "till", "through");
    /** The words before an amount that make it the end of a growth: "to reach", "to". */
    private static final java.util.regex.Pattern TARGET_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:to|reach(?:es|ed|ing)?|hit(?:s|ting)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?)"
            + "(?:\\s+(?:about|around|approximately|nearly|over|more\\s+than))?\\s*$");

    /** What a growth rate measures the growth of. */
    public enum Measure {
        /** Revenue or market value, the default. */
        VALUE,
        /** Units, shipments, tonnage. */
        VOLUME,
        /** Prices, average selling prices, costs. */
        PRICE
    }

    /**
     * The period the rate is for, as far as the statement says: the printed period, else the years of its own
     * sentence's values (2023-2030 for "from USD 4 billion in 2023 to USD 9 billion by 2030 at a CAGR of 12%"), else
     * only an end year when its one value is a target ("to reach USD 9 billion by 2030"); empty when it says nothing.
     */
    public Span span() {
        if (period.isPresent()) {
            Period printed = period.get().period();
            return new Span(OptionalInt.of(printed.start()), OptionalInt.of(printed.end()));
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (DatedValue value : values) {
            first = Math.min(first, value.year().year());
            last = Math.max(last, value.year().year());
        }
        if (first < last) {
            return new Span(OptionalInt.of(first), OptionalInt.of(last));
        }
        if (values.size() == 1 && isTarget(values.get(0))) {
            return new Span(OptionalInt.empty(), OptionalInt.of(last));
        }
        return new Span(OptionalInt.empty(), OptionalInt.empty());
    }

    /** Whether a value is where growth ends: "by 2030", "to reach USD 9 billion", "to USD 9 billion in 2030". */
    private static boolean isTarget(DatedValue value) {
        Figure figure = value.value();
        String before = figure.block().text().substring(Math.max(0, figure.start() - 24), figure.start());
        return TARGET_YEAR.contains(value.year().wordBefore()) || TARGET_WORD.matcher(before).find();
    }

    /**
     * The first and last year a rate is for, where the statement says.
     *
     * @param start the first year, if known
     * @param end the last year, if known
     */
    public record Span(OptionalInt start, OptionalInt end) {

        /**
         * Whether the two can be one span: their known ends are the same year and their known starts at most a year
         * apart (a base-year value of 2023 and a forecast period of 2024-2030 are one span).
         */
        public boolean compatible(Span other) {
            boolean ends = end.isEmpty() || other.end.isEmpty() || end.getAsInt() == other.end.getAsInt();
            boolean starts = start.isEmpty() || other.start.isEmpty()
                    || Math.abs(start.getAsInt() - other.start.getAsInt()) <= 1;
            return ends && starts;
        }
    }

    /** What the rate stands for as a reader takes it, in percentage points, negative for a decline. */
    public Bounds bounds() {
        Bounds printed = Bounds.of(rate, qualifier);
        return declining && rate.low() > 0 ? new Bounds(-printed.high(), -printed.low()) : printed;
    }

    /** The statement as written, from the rate or CAGR words to the other. */
    public String text() {
        return sentence.block().text().substring(start, end);
    }

    public TextRange sourceRange() {
        return sentence.block().sourceRange(start, end);
    }

    /** Whether it is a past rate rather than a forecast. */
    public boolean isHistorical() {
        return kind == StatementKind.HISTORICAL;
    }
}
