package org.reportlint.rules.generatorleftover;

/**
 * A leftover found in a block's text.
 *
 * @param start the index of its first character in the text
 * @param end the index just after its last character
 * @param kind what it is
 */
record LeftoverMatch(int start, int end, LeftoverKind kind) {
}
