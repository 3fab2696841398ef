package org.reportlint.core.facts;

import java.util.OptionalInt;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * One year range as a report wrote it ({@code 2024-2030}, {@code from 2021 to 2026}, {@code FY2024-FY30}), with where
 * it is in its block and what kind of statement it belongs to.
 *
 * @param block the text block it was found in
 * @param textStart the block text offset of its first character (the first year, or its {@code FY} prefix)
 * @param textEnd the block text offset just after the last year
 * @param startYear the first year as written
 * @param endYear the last year, with a two-digit end expanded into the first year's century
 * @param fiscalYear whether it is a single fiscal year in short form, such as {@code 2024-25}
 * @param kind what the words around it say it is a period of
 */
public record YearRange(TextBlock block, int textStart, int textEnd, int startYear, int endYear,
                        boolean fiscalYear, StatementKind kind) {
    /** The first year a report can plausibly mean. */
    public static final int EARLIEST_YEAR = 1900;
    /** The last year a report can plausibly mean. */
    public static final int LATEST_YEAR = 2100;

    /** The exact source range of the written range. */
    public TextRange sourceRange() {
        return block.sourceRange(textStart, textEnd);
    }

    /** The range as written in the block text. */
    public String text() {
        return block.text().substring(textStart, textEnd);
    }

    public Period period() {
        return new Period(startYear, endYear);
    }

    /** A year of the range outside {@value #EARLIEST_YEAR}-{@value #LATEST_YEAR}, if there is one. */
    public OptionalInt implausibleYear() {
        if (!isPlausible(startYear)) {
            return OptionalInt.of(startYear);
        }
        return isPlausible(endYear) ? OptionalInt.empty() : OptionalInt.of(endYear);
    }

    /** Whether the range ends before it starts, with both years plausible. */
    public boolean isReversed() {
        return implausibleYear().isEmpty() && endYear < startYear;
    }

    /** Whether the range is a sound period that can be compared with others: plausible, forward, longer than a year. */
    public boolean isComparablePeriod() {
        return implausibleYear().isEmpty() && endYear > startYear && !fiscalYear;
    }

    static boolean isPlausible(int year) {
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }
}
