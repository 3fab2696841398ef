package org.reportlint.core.result;

import java.util.OptionalInt;
import org.reportlint.core.rule.Severity;

/**
 * A document's quality score, 0 to 100, and the run's overall score; the formula lives here and only here (it is
 * documented in {@code docs/scoring.md}).
 *
 * <p>Each finding weighs by its severity (error 10, warning 3, info 1); findings hidden by directives or a baseline
 * are not in a result and so do not count, nor do {@code internal-error} findings, which say a rule failed, not that
 * the document is bad. The weights are spread over the document's length: density
 * {@code d = weight / max(1, words / 500)}, so a report twice as long with twice the findings has the same density,
 * and a short one is not let off for being short (anything under 500 words counts as 500). The score is
 * {@code round(100 * exp(-d / 20))}: 100 for a clean document, about 61 for one error per 500 words, 37 for two,
 * falling towards 0 but never below it, and strictly lower for every finding added.
 */
public final class QualityScore {
    public static final int ERROR_WEIGHT = 10;
    public static final int WARNING_WEIGHT = 3;
    public static final int INFO_WEIGHT = 1;
    /** The length one unit of density is counted over: weights per this many words. */
    public static final int WORDS_PER_UNIT = 500;
    /** The density at which the score falls to 100/e, about 37. */
    public static final double SCALE = 20.0;

    private QualityScore() {
    }

    public static int weight(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_WEIGHT;
            case WARNING -> WARNING_WEIGHT;
            case INFO -> INFO_WEIGHT;
        };
    }

    /** The weight of a file's findings that count towards its score. */
    public static long weight(FileResult file) {
        long weight = 0;
        for (Finding finding : file.findings()) {
            if (!finding.rule().equals(EngineRules.INTERNAL_ERROR)) {
                weight += weight(finding.severity());
            }
        }
        return weight;
    }

    /** The score of findings weighing {@code weight} in a document of {@code words} words. */
    public static int of(long weight, int words) {
        if (weight < 0 || words < 0) {
            throw new IllegalArgumentException("negative weight or word count: " + weight + ", " + words);
        }
        double density = weight / Math.max(1.0, words / (double) WORDS_PER_UNIT);
        long score = Math.round(100 * Math.exp(-density / SCALE));
        return (int) Math.max(0, Math.min(100, score));
    }

    /** A file's score, or empty when it was not parsed: an unreadable or skipped file has no score. */
    public static OptionalInt of(FileResult file) {
        if (file.format().isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(of(weight(file), file.words()));
    }

    /**
     * The overall score of files added one at a time: the mean of their scores weighted by their words (a file of
     * fewer than one word weighs as one), so a long report counts for more than a stub. Files without a score are
     * left out; empty when none has one. Not thread-safe.
     */
    public static final class Mean {
        private double weighted;
        private long words;

        public void add(FileResult file) {
            OptionalInt score = of(file);
            if (score.isPresent()) {
                add(score.getAsInt(), file.words());
            }
        }

        /** Adds one document's score with its length (groups add up their files so). */
        public void add(int score, int documentWords) {
            long weight = Math.max(1, documentWords);
            weighted += (double) score * weight;
            words += weight;
        }

        public OptionalInt value() {
            return words == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(weighted / words));
        }
    }
}
