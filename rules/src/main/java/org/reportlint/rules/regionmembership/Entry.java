package org.reportlint.rules.regionmembership;

/**
 * One entry of a sequence, with what its place in the document says about it.
 *
 * @param segment the entry's text
 * @param heading whether a region named here heads what follows by the document's structure: a heading, a label
 *     right before a list, the text of a list item that holds a nested list, a table header or a row that holds
 *     only this label; a region named in a flat list only probably does
 * @param endsGroup whether an entry here that is no place ends the countries of the region before it, as a
 *     heading or a paragraph of prose does and another list item does not
 */
record Entry(Segment segment, boolean heading, boolean endsGroup) {
}
