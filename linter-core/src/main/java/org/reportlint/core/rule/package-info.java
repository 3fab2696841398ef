/**
 * The rule SPI: rules that check one document, cross-document rules that collect from every document and report
 * once all are read, their metadata and options, and the problems and fixes they report.
 */
package org.reportlint.core.rule;
