package org.reportlint.rules.markupleak;

/**
 * Markup found in the visible text of one text block: characters {@code [start, end)} of the block's text and what
 * to tell the reader about them.
 */
record Leak(int start, int end, String message) {
}
