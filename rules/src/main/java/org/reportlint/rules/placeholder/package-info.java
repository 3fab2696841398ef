/**
 * The {@code placeholder} rule: template values never filled in (masked or emptied figures, slot names left in
 * brackets), dummy names, template syntax and filler.
 */
package org.reportlint.rules.placeholder;
