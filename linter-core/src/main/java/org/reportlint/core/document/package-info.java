/**
 * The document model every rule reads: the decoded source, one block tree built by an adapter per format (jsoup for
 * HTML, commonmark-java for Markdown, a line reader for plain text) with text blocks mapped to exact source offsets,
 * and the markup tokens and DOM of the HTML, in Markdown too.
 */
package org.reportlint.core.document;
