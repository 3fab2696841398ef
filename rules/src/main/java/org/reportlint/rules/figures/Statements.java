package org.reportlint.rules.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.BiPredicate;
import org.reportlint.core.facts.Bounds;

/**
 * Statements of one figure, the one most of them agree with, and those that contradict it.
 *
 * <p>The reference is the statement that agrees with the most others (the first on a tie): a figure stated three
 * times as 7% and once as 10% is taken to be 7%, and the 10% is the one reported. Two statements agree when their
 * {@link Bounds} meet; only statements the caller calls comparable (same period, same year) are weighed against each
 * other. A report repeats its headline figures many times; statements alike in what they stand for and in what
 * they are comparable by ({@code key}) are weighed once, with their count, so the work grows with the number of
 * different statements, not of statements.
 *
 * @param <S> the statement type
 */
public final class Statements<S> {
    /** One statement with what it stands for. */
    public record Stated<S>(S statement, Bounds bounds) {
    }

    private final List<Stated<S>> all;
    private final BiPredicate<S, S> comparable;
    private final Function<S, Object> key;

    /**
     * @param comparable whether two statements are of one figure and may be weighed against each other
     * @param key what, besides its bounds, decides whether a statement is comparable: statements with equal bounds
     *     and keys are treated alike
     */
    public Statements(List<Stated<S>> all, BiPredicate<S, S> comparable, Function<S, Object> key) {
        this.all = List.copyOf(all);
        this.comparable = comparable;
        this.key = key;
    }

    /** The statement most others agree with, and every comparable statement that disagrees with it. */
    public Conflicts<S> conflicts() {
        Map<List<Object>, List<Stated<S>>> alike = new LinkedHashMap<>();
        for (Stated<S> stated : all) {
            alike.computeIfAbsent(List.of(stated.bounds(), key.apply(stated.statement())), k -> new ArrayList<>())
                    .add(stated);
        }
        List<List<Stated<S>>> kinds = new ArrayList<>(alike.values());
        List<Stated<S>> reference = null;
        int best = -1;
        for (List<Stated<S>> candidate : kinds) {
            int agreeing = candidate.size() - 1;
            for (List<Stated<S>> other : kinds) {
                if (other != candidate && agree(candidate.get(0), other.get(0))) {
                    agreeing += other.size();
                }
            }
            if (agreeing > best) {
                best = agreeing;
                reference = candidate;
            }
        }
        Stated<S> main = reference.get(0);
        List<Stated<S>> disagreeing = new ArrayList<>();
        for (Stated<S> other : all) {
            if (comparable.test(main.statement(), other.statement()) && !main.bounds().meets(other.bounds())) {
                disagreeing.add(other);
            }
        }
        return new Conflicts<>(main, best, disagreeing);
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
    public record Conflicts<S>(Stated<S> reference, int agreeing, List<Stated<S>> disagreeing) {
    }
}
