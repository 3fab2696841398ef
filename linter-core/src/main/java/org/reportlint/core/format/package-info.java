/**
 * The report format SPI: a {@link org.reportlint.core.format.FormatterProvider} per format, found with
 * ServiceLoader, makes {@link org.reportlint.core.format.Formatter}s that write a run's results, whole or as they
 * arrive. The built-in formats live in {@code format.internal}.
 */
package org.reportlint.core.format;
