package org.reportlint.core.run;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.Baseline;
import org.reportlint.core.baseline.BaselineEntry;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.ResultSink;
import org.reportlint.core.result.Summary;

/**
 * The last steps of every result on its way to the run's sink: paths that could not even be collected join the
 * linted files in path order, the baseline takes out what it accepts, and the totals are counted.
 */
final class Delivery implements ResultSink {
    private final Deque<FileResult> uncollected;
    private final ResultSink sink;
    private final Summary.Counter counter = new Summary.Counter();
    private Optional<Baseline.Matching> baseline = Optional.empty();

    /** @param uncollected results for paths the walk could not read, in any order */
    Delivery(List<FileResult> uncollected, ResultSink sink) {
        this.uncollected = new ArrayDeque<>(uncollected.stream().sorted(Comparator.comparing(FileResult::path)).toList());
        this.sink = sink;
    }

    /** Filters what follows through a baseline. */
    void baseline(Baseline.Matching matching) {
        this.baseline = Optional.of(matching);
    }

    /** Takes the next linted file in path order; on a tie the linted file goes first, as a stable sort puts it. */
    @Override
    public void accept(FileResult file) {
        while (!uncollected.isEmpty() && uncollected.peek().path().compareTo(file.path()) < 0) {
            deliver(uncollected.poll());
        }
        deliver(file);
    }

    /** Hands over the uncollected paths after the last linted one. */
    void finish() {
        while (!uncollected.isEmpty()) {
            deliver(uncollected.poll());
        }
    }

    Summary summary() {
        return counter.summary();
    }

    /** Whether a file handed over could not be read or had a rule fail on it. */
    boolean incomplete() {
        return counter.incomplete();
    }

    List<BaselineEntry> prunable() {
        return baseline.map(Baseline.Matching::prunable).orElse(List.of());
    }

    private void deliver(FileResult file) {
        FileResult shown = baseline.map(matching -> matching.apply(file)).orElse(file);
        counter.add(shown);
        sink.accept(shown);
    }
}
