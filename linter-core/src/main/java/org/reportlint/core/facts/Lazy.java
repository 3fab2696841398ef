package org.reportlint.core.facts;

import java.util.function.Supplier;

/**
 * A value computed on first use and kept, safe to read from several threads.
 *
 * <p>Facts depend on one another only one way (sentences before ranges before figures before CAGR statements), so
 * holding this value's lock while computing it cannot deadlock.
 */
final class Lazy<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = compute.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
