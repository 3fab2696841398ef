package org.reportlint.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.QualityScore;

/**
 * {@code --min-score} (Maven: {@code minScore}): a run fails when any document scores below the minimum. Files are
 * added as they arrive, so a streamed run needs no second pass; only the documents below are kept. A file without a
 * score (unreadable, skipped) is not judged here: it already makes the run incomplete or is left out on purpose.
 * Not thread-safe.
 */
public final class ScoreGate {
    private final OptionalInt minimum;
    private final List<Below> below = new ArrayList<>();

    /** A document that scored under the minimum. */
    public record Below(String path, int score) {
    }

    private ScoreGate(OptionalInt minimum) {
        this.minimum = minimum;
    }

    /** A gate that never fails a run. */
    public static ScoreGate none() {
        return new ScoreGate(OptionalInt.empty());
    }

    /**
     * A gate at {@code minimum}, 0 to 100 ({@code 0} passes everything, {@code 100} only clean documents).
     *
     * @throws IllegalArgumentException for a minimum outside 0..100, with a message a front end can show
     */
    public static ScoreGate atLeast(int minimum) {
        if (minimum < 0 || minimum > 100) {
            throw new IllegalArgumentException("the minimum score must be 0 to 100, not " + minimum);
        }
        return new ScoreGate(OptionalInt.of(minimum));
    }

    public void add(FileResult file) {
        if (minimum.isEmpty()) {
            return;
        }
        OptionalInt score = QualityScore.of(file);
        if (score.isPresent() && score.getAsInt() < minimum.getAsInt()) {
            below.add(new Below(file.path(), score.getAsInt()));
        }
    }

    /** The documents that scored under the minimum, in the order they were added (path order in a run). */
    public List<Below> below() {
        return List.copyOf(below);
    }

    public boolean fails() {
        return !below.isEmpty();
    }

    /**
     * The exit code of a run given the one its findings call for: a run that passed fails with
     * {@link FailPolicy#EXIT_FINDINGS} when a document is below; a failing or incomplete run keeps its code.
     */
    public int exitCode(int findingsExitCode) {
        return findingsExitCode == FailPolicy.EXIT_OK && fails() ? FailPolicy.EXIT_FINDINGS : findingsExitCode;
    }

    /** One line per document below, naming it: {@code reports/a.html: score 42 is below the minimum 60}. */
    public List<String> messages() {
        return below.stream().map(doc -> doc.path() + ": score " + doc.score() + " is below the minimum "
                + minimum.getAsInt()).toList();
    }
}
