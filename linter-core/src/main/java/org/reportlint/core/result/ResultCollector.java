package org.reportlint.core.result;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every result, for callers that want the whole run at the end. Not thread-safe. */
public final class ResultCollector implements ResultSink {
    private final List<FileResult> files = new ArrayList<>();

    @Override
    public void accept(FileResult file) {
        files.add(file);
    }

    /** The results received so far, in the order they came. */
    public List<FileResult> files() {
        return List.copyOf(files);
    }

    /** The results received so far, with their totals. */
    public LintResult result() {
        return LintResult.of(files);
    }
}
