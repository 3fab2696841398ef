/**
 * A deterministic generator of templated market reports for benchmarks: invented vocabulary, the formats and
 * layouts generators write, sizes from 5 to 50 KB, and a share of the defects reportlint exists to find.
 */
package org.reportlint.benchmarks.generate;
