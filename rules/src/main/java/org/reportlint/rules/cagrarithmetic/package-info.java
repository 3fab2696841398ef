/**
 * The {@code cagr-arithmetic} rule: a stated compound annual growth rate that the start value, end value and years
 * stated with it contradict.
 */
package org.reportlint.rules.cagrarithmetic;
