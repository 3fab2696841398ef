package org.reportlint.rules.malformedhtml;

import org.reportlint.core.source.TextRange;

/**
 * Where an element involved in a defect was opened.
 *
 * @param name the lower-case tag name
 * @param range the source range of its start tag
 */
record ElementStart(String name, TextRange range) {
}
