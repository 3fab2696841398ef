package org.reportlint.core.custom;

/**
 * A bound a figure must keep to, with how the config wrote it.
 *
 * @param value the bound in the fact's base units: percentage points for a rate, currency units for money
 * @param shown the bound as the config wrote it, quoted by messages: {@code 25%}, {@code USD 500 billion}
 */
public record Limit(double value, String shown) {
}
