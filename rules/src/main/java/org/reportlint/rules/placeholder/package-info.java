/** The {@code placeholder} rule: template values never filled in, dummy names, template syntax and filler. */
package org.reportlint.rules.placeholder;
