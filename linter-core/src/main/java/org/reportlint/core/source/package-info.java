/** Reading bytes into decoded text, and positions in that text: offsets, lines, columns and spans. */
package org.reportlint.core.source;
