package org.reportlint.core.facts;

/**
 * An amount stated for a year in one breath: {@code USD 1.2 billion in 2023}, {@code USD 2.5 billion by 2030}.
 *
 * @param value the amount
 * @param year the year it is stated for
 */
public record DatedValue(Figure value, Year year) {
}
