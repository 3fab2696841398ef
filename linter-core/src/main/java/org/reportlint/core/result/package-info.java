/**
 * What a run produces: findings with resolved positions, each file's result, the totals, and the sink results are
 * handed to as they become final. Plain immutable values that front ends, formatters and baselines read.
 */
package org.reportlint.core.result;
