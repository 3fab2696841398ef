package org.reportlint.core.facts;

import java.util.List;
import java.util.Optional;
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
 */
public record CagrStatement(Sentence sentence, int start, int end, Figure rate, RateQualifier qualifier,
                            Optional<YearRange> period, StatementKind kind, List<DatedValue> values,
                            List<DatedValue> nearbyValues, Subject subject) {

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
