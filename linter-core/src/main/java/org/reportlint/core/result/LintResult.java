package org.reportlint.core.result;

import java.util.Comparator;
import java.util.List;

/** The outcome of a run: every file's result in path order, and the totals. */
public record LintResult(List<FileResult> files, Summary summary) {

    public LintResult {
        files = files.stream().sorted(Comparator.comparing(FileResult::path)).toList();
    }

    public static LintResult of(List<FileResult> files) {
        return new LintResult(files, Summary.of(files));
    }

    /** Whether any file could not be read or had a rule fail on it. */
    public boolean hasErrors() {
        return files.stream().anyMatch(FileResult::hasErrors);
    }
}
