package org.reportlint.core.facts;

/**
 * A span of years from {@code start} to {@code end}, independent of how a report wrote it.
 *
 * @param start the first year
 * @param end the last year
 */
public record Period(int start, int end) {

    /** Whether the two periods share more than a boundary year, such as 2021-2026 and 2024-2030. */
    public boolean overlaps(Period other) {
        return Math.max(start, other.start) < Math.min(end, other.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
