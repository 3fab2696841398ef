/** Inline suppressions: reportlint-disable comments, which findings they hide, and which hide nothing. */
package org.reportlint.core.suppress;
