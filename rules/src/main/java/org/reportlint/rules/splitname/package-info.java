/** The {@code split-name} rule: company and place names broken across two entries of a list, column or block. */
package org.reportlint.rules.splitname;
