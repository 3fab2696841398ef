/**
 * The {@code conflicting-figures} rule: the document's own market stated with two different growth rates, or two
 * different sizes for one year.
 */
package org.reportlint.rules.conflictingfigures;
