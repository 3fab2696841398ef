package org.reportlint.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.BaselineEntry;
import org.reportlint.core.result.Summary;

/**
 * What a run produced besides the file results it handed to its sink.
 *
 * @param summary the totals of the results handed over (after fixing and baseline filtering)
 * @param exitCode 0, 1 or 3 of DESIGN.md
 * @param fixes what fixing did, when the run fixed
 * @param prunable baseline entries that no longer match any finding
 * @param baselineWritten the baseline file the run wrote, if it updated one
 */
public record LintOutcome(Summary summary, int exitCode, Optional<FixReport> fixes,
                          List<BaselineEntry> prunable, Optional<Path> baselineWritten) {

    public LintOutcome {
        prunable = List.copyOf(prunable);
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
