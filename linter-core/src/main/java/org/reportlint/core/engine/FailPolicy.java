package org.reportlint.core.engine;

import java.util.Locale;
import java.util.Optional;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.Severity;

/**
 * When a run fails: a finding at or above {@code failOn}, or more warnings than {@code maxWarnings}.
 *
 * @param failOn the lowest severity that fails the run; empty for {@code never}
 * @param maxWarnings the most warnings allowed, or a negative number for no limit
 */
public record FailPolicy(Optional<Severity> failOn, int maxWarnings) {
    public static final FailPolicy DEFAULT = new FailPolicy(Optional.of(Severity.ERROR), -1);

    /** Exit codes of DESIGN.md. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INCOMPLETE = 3;

    /** Parses a fail level: {@code error}, {@code warning}, {@code info} or {@code never}. */
    public static Optional<Optional<Severity>> parseLevel(String level) {
        String id = level.toLowerCase(Locale.ROOT);
        if (id.equals("never")) {
            return Optional.of(Optional.empty());
        }
        return Severity.fromId(id).map(Optional::of);
    }

    /** Whether this many warnings are more than {@code maxWarnings} allows. */
    public boolean exceedsMaxWarnings(int warnings) {
        return maxWarnings >= 0 && warnings > maxWarnings;
    }

    /** Whether these findings fail the run. */
    public boolean fails(Summary summary) {
        if (exceedsMaxWarnings(summary.warnings())) {
            return true;
        }
        if (failOn.isEmpty()) {
            return false;
        }
        for (Severity severity : Severity.values()) {
            if (severity.atLeast(failOn.get()) && summary.count(severity) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The exit code for a result: 3 when something could not be linted, else 1 when it fails, else 0. */
    public int exitCode(LintResult result) {
        return exitCode(result.summary(), result.hasErrors());
    }

    /** The same from a run's totals and whether any file could not be linted, for a run that was streamed. */
    public int exitCode(Summary summary, boolean incomplete) {
        if (incomplete) {
            return EXIT_INCOMPLETE;
        }
        return fails(summary) ? EXIT_FINDINGS : EXIT_OK;
    }
}
