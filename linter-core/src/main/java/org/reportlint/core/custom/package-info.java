/**
 * Rules a team declares in {@code customRules} of {@code .reportlint.json} instead of writing Java: existence,
 * substitution, required and consistency rules over RE2 patterns, each limited to a scope of the document.
 */
package org.reportlint.core.custom;
