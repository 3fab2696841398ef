package org.reportlint.core.facts;

/** How a growth rate was qualified where it was stated, as a reader takes it. */
public enum RateQualifier {
    /** As printed: {@code a CAGR of 5%}. */
    NONE,
    /** {@code around}, {@code about}, {@code approximately}, {@code roughly}, {@code ~}: near the value either way. */
    ABOUT,
    /** {@code nearly}, {@code almost}, {@code close to}: just under the value. */
    NEARLY,
    /** {@code over}, {@code more than}, {@code above}, {@code exceeding}, {@code in excess of}: just above it. */
    OVER,
    /** {@code at least}: the value or above. */
    AT_LEAST,
    /** {@code under}, {@code less than}, {@code below}: just under it. */
    UNDER,
    /** {@code up to}, {@code at most}: the value or below. */
    UP_TO,
    /** A range such as {@code 5-7%} or {@code between 5% and 7%}: anywhere in it. */
    RANGE
}
