package org.reportlint.core.format;

import org.reportlint.core.engine.LintResult;

/**
 * Renders a run's result as a report: a pure function of its input, with no I/O, no clock and no locale, so the same
 * result always gives the same text.
 */
@FunctionalInterface
public interface Formatter {

    String format(LintResult result);
}
