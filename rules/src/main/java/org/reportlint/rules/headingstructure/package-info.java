/** The {@code heading-structure} rule: skipped heading levels, more than one h1, empty headings. */
package org.reportlint.rules.headingstructure;
