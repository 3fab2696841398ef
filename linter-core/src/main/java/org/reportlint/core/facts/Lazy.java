package org.reportlint.core.facts;

import java.util.function.Supplier;

/**
 * A value computed on first use and kept, safe to read from several threads.
 *
 * <p>Facts depend on one another only one way (sentences before ranges before figures before CAGR statements), so
 * holding this value's lock while computing it cannot deadlock.
 */
final class Lazy<T> {
    private final FactKind kind;
    private final Supplier<T> compute;
    private volatile T value;

    /** A fact of {@code kind}: its computing time goes to {@link FactTimes}, not to the rule that asks first. */
    Lazy(FactKind kind, Supplier<T> compute) {
        this.kind = kind;
        this.compute = compute;
    }

    T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = FactTimes.time(kind, compute);
                    value = result;
                }
            }
        }
        return result;
    }
}
