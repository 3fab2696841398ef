/** The {@code duplicate-report} rule: two reports of one run whose prose is the same or nearly the same. */
package org.reportlint.rules.duplicatereport;
