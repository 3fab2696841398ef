/** Baselines: recording accepted findings, and reporting only findings beyond them. */
package org.reportlint.core.baseline;
