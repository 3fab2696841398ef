/** The {@code date-range} rule: year ranges that are reversed, impossible, or contradict each other. */
package org.reportlint.rules.daterange;
