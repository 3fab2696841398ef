/** The document model every rule reads: decoded source, markup tokens, DOM and text blocks with source maps. */
package org.reportlint.core.document;
