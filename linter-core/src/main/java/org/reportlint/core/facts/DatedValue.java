package org.reportlint.core.facts;

/**
 * An amount stated for a year in one breath: {@code USD 1.2 billion in 2023}, {@code about USD 2.5 billion by 2030}.
 *
 * @param value the amount
 * @param year the year it is stated for
 * @param qualifier how the amount was qualified ({@code about}, {@code over}), {@link RateQualifier#NONE} if not
 */
public record DatedValue(Figure value, Year year, RateQualifier qualifier) {

    /** The amounts the statement stands for as a reader takes it, in currency units. */
    public Bounds bounds() {
        return Bounds.of(value, qualifier);
    }
}
