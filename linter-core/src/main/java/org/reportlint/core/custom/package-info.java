/**
 * Rules a team declares in {@code customRules} of {@code .reportlint.json} instead of writing Java: existence,
 * substitution, required, consistency and capitalization rules over RE2 patterns, and figure rules over the facts a
 * document states, each limited to a scope of the document.
 */
package org.reportlint.core.custom;
