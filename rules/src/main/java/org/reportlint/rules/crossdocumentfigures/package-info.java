/**
 * The {@code cross-document-figures} rule: one market sized or given a growth rate differently by the reports of one
 * run.
 */
package org.reportlint.rules.crossdocumentfigures;
