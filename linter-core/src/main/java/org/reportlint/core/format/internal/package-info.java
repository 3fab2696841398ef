/** The built-in report formats and their shared pieces (code frames, escaping, SARIF building blocks); not API. */
package org.reportlint.core.format.internal;
