package org.reportlint.core.run;

import org.reportlint.core.engine.LintResult;

/**
 * What a run produced: the result to report and the exit code it calls for (0, 1 or 3 of DESIGN.md).
 */
public record LintOutcome(LintResult result, int exitCode) {
}
