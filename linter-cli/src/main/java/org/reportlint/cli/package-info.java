/** The reportlint command line: picocli commands that build a lint request, hand it to the core and report. */
package org.reportlint.cli;
