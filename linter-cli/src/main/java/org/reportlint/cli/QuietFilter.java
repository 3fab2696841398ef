package org.reportlint.cli;

import java.util.List;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.ResultSink;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.run.LintOutcome;

/**
 * {@code --quiet}, as in ESLint: only errors are reported, and only they count toward {@code --fail-on}. Warnings
 * are still counted for {@code --max-warnings}, so a warning budget keeps holding when a CI step hides the warnings
 * from its log. Without {@code --quiet} every result passes through unchanged.
 */
final class QuietFilter {
    private final boolean quiet;
    private final Summary.Counter reported = new Summary.Counter();

    QuietFilter(boolean quiet) {
        this.quiet = quiet;
    }

    /** A sink that hands {@code next} each result with only what is reported, counting what it hands over. */
    ResultSink before(ResultSink next) {
        return file -> {
            FileResult kept = quiet ? errorsOnly(file) : file;
            reported.add(kept);
            next.accept(kept);
        };
    }

    /** The totals of what was reported: the run's own when not quiet. */
    Summary summary(LintOutcome outcome) {
        return quiet ? reported.summary() : outcome.summary();
    }

    /**
     * The exit code: a run that could not lint everything stays incomplete; a quiet one fails on the errors it
     * reported at or above {@code --fail-on}, or on all its warnings (reported or not) above {@code --max-warnings}.
     */
    int exitCode(LintOutcome outcome, FailPolicy policy) {
        if (!quiet || outcome.exitCode() == FailPolicy.EXIT_INCOMPLETE) {
            return outcome.exitCode();
        }
        boolean fails = new FailPolicy(policy.failOn(), -1).fails(reported.summary())
                || policy.exceedsMaxWarnings(outcome.summary().warnings());
        return fails ? FailPolicy.EXIT_FINDINGS : FailPolicy.EXIT_OK;
    }

    private static FileResult errorsOnly(FileResult file) {
        List<Finding> errors = file.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (errors.size() == file.findings().size()) {
            return file;
        }
        return file.with(errors, file.errors(), file.notices(), file.suppressed());
    }
}
