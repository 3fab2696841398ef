package org.reportlint.core.run;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.BaselineEntry;
import org.reportlint.core.result.LintResult;

/**
 * What a run produced.
 *
 * @param result the result to report (after fixing and baseline filtering)
 * @param exitCode 0, 1 or 3 of DESIGN.md
 * @param fixes what fixing did, when the run fixed
 * @param prunable baseline entries that no longer match any finding
 * @param baselineWritten the baseline file the run wrote, if it updated one
 */
public record LintOutcome(LintResult result, int exitCode, Optional<FixReport> fixes,
                          List<BaselineEntry> prunable, Optional<java.nio.file.Path> baselineWritten) {

    public LintOutcome {
        prunable = List.copyOf(prunable);
    }

    public LintOutcome(LintResult result, int exitCode) {
        this(result, exitCode, Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * What fixing changed.
     *
     * @param filesChanged files whose text changed (written, or shown in the diff)
     * @param fixesApplied fixes that went in over all files and passes
     * @param diff the unified diff of every change, for a dry run; empty otherwise
     */
    public record FixReport(int filesChanged, int fixesApplied, String diff) {
    }
}
