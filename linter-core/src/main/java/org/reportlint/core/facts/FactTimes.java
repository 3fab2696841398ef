package org.reportlint.core.facts;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The time this thread spent computing shared facts since it last asked, by kind.
 *
 * <p>Facts are computed lazily by whichever rule asks first, so without this their cost would be charged to that
 * rule. Each kind's time is its own: a fact computed while computing another (figures need year ranges) is taken
 * out of the outer one, so the kinds add up to the time spent on facts. Per thread, because a rule runs on one
 * thread and the engine times it there; a thread waiting for another to finish a fact counts the wait as facts,
 * which is what it was doing.
 */
public final class FactTimes {
    private static final FactKind[] KINDS = FactKind.values();
    private static final ThreadLocal<FactTimes> CURRENT = ThreadLocal.withInitial(FactTimes::new);

    private final long[] nanos = new long[KINDS.length];
    private final boolean[] computed = new boolean[KINDS.length];
    /** Time spent in facts computed inside the one being computed now, to take out of it. */
    private long nested;
    private boolean any;

    private FactTimes() {
    }

    /** Computes a fact of {@code kind} and charges the time to it rather than to the caller. */
    static <T> T time(FactKind kind, Supplier<T> compute) {
        FactTimes times = CURRENT.get();
        long outer = times.nested;
        times.nested = 0;
        long start = System.nanoTime();
        try {
            return compute.get();
        } finally {
            long elapsed = System.nanoTime() - start;
            times.nanos[kind.ordinal()] += elapsed - times.nested;
            times.computed[kind.ordinal()] = true;
            times.any = true;
            times.nested = outer + elapsed;
        }
    }

    /**
     * Takes this thread's fact times since the last call and starts again from zero.
     *
     * @return the nanoseconds spent on each kind of fact computed since, in kind order; empty when none was
     */
    public static Map<FactKind, Long> drain() {
        FactTimes times = CURRENT.get();
        if (!times.any) {
            return Map.of();
        }
        Map<FactKind, Long> taken = new EnumMap<>(FactKind.class);
        for (FactKind kind : KINDS) {
            if (times.computed[kind.ordinal()]) {
                taken.put(kind, times.nanos[kind.ordinal()]);
            }
            times.nanos[kind.ordinal()] = 0;
            times.computed[kind.ordinal()] = false;
        }
        times.any = false;
        return taken;
    }

    /** The total of one {@link #drain()}. */
    public static long total(Map<FactKind, Long> times) {
        long sum = 0;
        for (long spent : times.values()) {
            sum += spent;
        }
        return sum;
    }
}
