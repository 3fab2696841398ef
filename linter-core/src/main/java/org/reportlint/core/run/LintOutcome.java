package org.reportlint.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.BaselineEntry;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.RuleMetadata;

/**
 * What a run produced besides the file results it handed to its sink.
 *
 * @param summary the totals of the results handed over (after fixing and baseline filtering)
 * @param exitCode 0, 1 or 3 of DESIGN.md
 * @param fixes what fixing did, when the run fixed
 * @param prunable baseline entries that no longer match any finding
 * @param baselineWritten the baseline file the run wrote, if it updated one
 * @param declaredRules the metadata of the rules the run's configs declare ({@code customRules}, their bases' and
 *     packs' included) that ran on some file, by id: reports describe them as they describe registered rules
 */
public record LintOutcome(Summary summary, int exitCode, Optional<FixReport> fixes,
                          List<BaselineEntry> prunable, Optional<Path> baselineWritten,
                          List<RuleMetadata> declaredRules) {

    public LintOutcome {
        prunable = List.copyOf(prunable);
        declaredRules = List.copyOf(declaredRules);
    }

    /** An outcome of a run whose configs declare no rules. */
    public LintOutcome(Summary summary, int exitCode, Optional<FixReport> fixes, List<BaselineEntry> prunable,
                       Optional<Path> baselineWritten) {
        this(summary, exitCode, fixes, prunable, baselineWritten, List.of());
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
