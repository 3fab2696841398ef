package org.reportlint.core.document;

/**
 * A problem the HTML parser met and repaired, as the parser reported it.
 *
 * @param offset the source offset just after the token that caused it
 * @param message the parser's own message; it names parser internals, so rules explain issues in their own words
 */
public record ParseIssue(int offset, String message) {
}
