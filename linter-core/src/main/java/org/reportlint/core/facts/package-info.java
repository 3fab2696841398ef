/**
 * What a document states, computed once per document for rules to read: sentences, figures, years, year ranges,
 * CAGR statements and their subjects; start at {@link org.reportlint.core.facts.Facts#of}.
 */
package org.reportlint.core.facts;
