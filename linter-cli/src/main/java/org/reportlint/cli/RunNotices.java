package org.reportlint.cli;

import java.io.PrintWriter;
import org.reportlint.core.baseline.BaselineEntry;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.Summary;
import org.reportlint.core.run.LintOutcome;

/**
 * The one-line notices a run prints on standard error, apart from the report: files that could not be linted, rules
 * that failed, skipped files, what fixing did, and the state of the baseline.
 */
final class RunNotices {

    private RunNotices() {
    }

    /** One line on standard error for each reason the file could not be linted, each rule that failed, each skip. */
    static void printProblems(FileResult file, PrintWriter err) {
        file.errors().forEach(error -> err.println("reportlint: " + file.path() + ": " + error));
        file.notices().forEach(notice -> err.println("reportlint: " + notice + ": " + file.path()));
        for (Finding finding : file.findings()) {
            if (finding.rule().equals(EngineRules.INTERNAL_ERROR)) {
                err.println("reportlint: " + file.path() + ": " + finding.message());
            }
        }
        err.flush();
    }

    /** One line on standard error for what fixing did and for baseline entries that no longer match. */
    static void printFixesAndBaseline(LintOutcome outcome, PrintWriter err) {
        outcome.fixes().ifPresent(fixes -> {
            if (fixes.diff().isEmpty()) {
                err.println("reportlint: fixed " + plural(fixes.fixesApplied(), "problem") + " in "
                        + plural(fixes.filesChanged(), "file"));
            }
        });
        for (BaselineEntry entry : outcome.prunable()) {
            err.println("reportlint: baseline entry no longer matches: " + entry.path() + " " + entry.rule()
                    + " \"" + entry.message() + "\"" + (entry.count() > 1 ? " (x" + entry.count() + ")" : ""));
        }
        if (!outcome.prunable().isEmpty()) {
            err.println("reportlint: " + plural(outcome.prunable().size(), "baseline entry", "baseline entries")
                    + " can be pruned: run with --update-baseline");
        }
        outcome.baselineWritten().ifPresent(file -> err.println("reportlint: wrote baseline " + file));
        err.flush();
    }

    /**
     * One line when {@code --max-warnings} is what failed the run, so a run whose findings are all below
     * {@code --fail-on} does not exit 1 without a word; nothing when the run was incomplete or passed.
     */
    static void printMaxWarnings(Summary summary, FailPolicy policy, int exitCode, PrintWriter err) {
        if (exitCode == FailPolicy.EXIT_FINDINGS && policy.exceedsMaxWarnings(summary.warnings())) {
            err.println("reportlint: " + plural(summary.warnings(), "warning") + (summary.warnings() == 1
                    ? " exceeds" : " exceed") + " --max-warnings " + policy.maxWarnings());
            err.flush();
        }
    }

    private static String plural(int count, String noun) {
        return plural(count, noun, noun + "s");
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

}
