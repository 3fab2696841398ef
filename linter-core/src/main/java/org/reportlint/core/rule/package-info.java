/** The rule SPI: rules, their metadata and options, and the problems and fixes they report. */
package org.reportlint.core.rule;
