package org.reportlint.rules.sharesum;

import java.util.List;

/**
 * Shares that a list, a table line or a sentence gives as the parts of what reads as one whole.
 *
 * @param parts the parts in document order, at least two
 * @param context all the text the group was read from (lead-in, labels, header), for the checks that tell whether
 *     the parts really share one whole
 */
record PartGroup(List<Part> parts, String context) {
    PartGroup {
        parts = List.copyOf(parts);
    }
}
