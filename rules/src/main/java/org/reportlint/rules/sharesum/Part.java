package org.reportlint.rules.sharesum;

import org.reportlint.core.facts.Figure;

/**
 * One part of a whole and the share a report gives it.
 *
 * @param share the percentage, or for a table column headed {@code (%)} the bare number
 * @param label what the part is called, as written before the share or in the row's label cell; may be empty
 * @param whole what the share is of ({@code market}, {@code volume}, or the words after "of"), empty when unsaid
 */
record Part(Figure share, String label, String whole) {
}
