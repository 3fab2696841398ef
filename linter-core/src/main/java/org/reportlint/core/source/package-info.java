/** The files a run reads, their bytes decoded into text, and positions in that text: offsets, lines, columns, spans. */
package org.reportlint.core.source;
