package org.reportlint.core.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.PriorityQueue;

/**
 * The lowest-scoring documents of a run, kept as results stream in: at most {@code limit} of them, so memory does
 * not grow with the run. Ties go to the document with more words, then by path. Documents scoring 100 are not
 * kept. Not thread-safe.
 */
public final class WorstDocuments {
    /** A scored document. */
    public record Scored(String path, int score, int words, int findings) {
    }

    private static final Comparator<Scored> WORST_FIRST = Comparator.comparingInt(Scored::score)
            .thenComparing(Comparator.comparingInt(Scored::words).reversed())
            .thenComparing(Scored::path);

    private final int limit;
    // The best of those kept is at the head, so it is the one a worse document pushes out.
    private final PriorityQueue<Scored> kept = new PriorityQueue<>(WORST_FIRST.reversed());
    private int belowHundred;

    public WorstDocuments(int limit) {
        this.limit = limit;
    }

    public void add(FileResult file) {
        OptionalInt score = file.score();
        if (score.isEmpty() || score.getAsInt() == 100) {
            return;
        }
        belowHundred++;
        kept.add(new Scored(file.path(), score.getAsInt(), file.words(), file.findings().size()));
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    /** The kept documents, worst first. */
    public List<Scored> worst() {
        List<Scored> list = new ArrayList<>(kept);
        list.sort(WORST_FIRST);
        return list;
    }

    /** How many documents scored below 100, kept or not. */
    public int belowHundred() {
        return belowHundred;
    }
}
