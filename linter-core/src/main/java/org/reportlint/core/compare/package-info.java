/** What changed between two runs: JSON reports read back, and their findings matched by fingerprint. */
package org.reportlint.core.compare;
