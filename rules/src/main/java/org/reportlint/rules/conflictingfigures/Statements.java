package org.reportlint.rules.conflictingfigures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.reportlint.core.facts.Bounds;

/**
 * Statements of one figure, the one most of them agree with, and those that contradict it.
 *
 * <p>The reference is the statement that agrees with the most others (the first on a tie): a figure stated three
 * times as 7% and once as 10% is taken to be 7%, and the 10% is the one reported. Two statements agree when their
 * {@link Bounds} meet; only statements the caller calls comparable (same period, same year) are weighed against each
 * other.
 *
 * @param <S> the statement type
 */
final class Statements<S> {
    /** One statement with what it stands for. */
    record Stated<S>(S statement, Bounds bounds) {
    }

    private final List<Stated<S>> all;
    private final BiPredicate<S, S> comparable;

    Statements(List<Stated<S>> all, BiPredicate<S, S> comparable) {
        this.all = List.copyOf(all);
        this.comparable = comparable;
    }

    /** The statement most others agree with, and every comparable statement that disagrees with it. */
    Conflicts<S> conflicts() {
        Stated<S> reference = null;
        int best = -1;
        for (Stated<S> candidate : all) {
            int agreeing = 0;
            for (Stated<S> other : all) {
                if (other != candidate && agree(candidate, other)) {
                    agreeing++;
                }
            }
            if (agreeing > best) {
                best = agreeing;
                reference = candidate;
            }
        }
        List<Stated<S>> disagreeing = new ArrayList<>();
        for (Stated<S> other : all) {
            if (other != reference && comparable.test(reference.statement(), other.statement())
                    && !reference.bounds().meets(other.bounds())) {
                disagreeing.add(other);
            }
        }
        return new Conflicts<>(reference, best, disagreeing);
    }

    private boolean agree(Stated<S> a, Stated<S> b) {
        return comparable.test(a.statement(), b.statement()) && a.bounds().meets(b.bounds());
    }

    /**
     * The outcome.
     *
     * @param reference the statement taken as the figure
     * @param agreeing how many other statements agree with it
     * @param disagreeing the statements that contradict it, in document order
     */
    record Conflicts<S>(Stated<S> reference, int agreeing, List<Stated<S>> disagreeing) {
    }
}
