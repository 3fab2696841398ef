package org.reportlint.core.engine.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts outputs that finish in any order back into input order: workers {@link #put} each output under its input's
 * index, one consumer {@link #take}s them in index order. Only outputs that finished ahead of an earlier one wait
 * here; each leaves as soon as every earlier index has been taken.
 *
 * @param <T> the outputs
 */
final class ReorderBuffer<T> {
    /** An output or the failure that took its place. */
    private record Done<T>(T value, Throwable failure) {
    }

    private final Map<Integer, Done<T>> waiting = new HashMap<>();
    private int next;

    synchronized void put(int index, T value) {
        waiting.put(index, new Done<>(value, null));
        notifyAll();
    }

    /** Records that the task of {@code index} failed; {@link #take} throws the failure when its turn comes. */
    synchronized void fail(int index, Throwable failure) {
        waiting.put(index, new Done<>(null, failure));
        notifyAll();
    }

    /** The output of the next index, waiting until it is there; rethrows the task's failure in its place. */
    synchronized T take() throws InterruptedException {
        while (!waiting.containsKey(next)) {
            wait();
        }
        Done<T> done = waiting.remove(next++);
        if (done.failure() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (done.failure() instanceof Error error) {
            throw error;
        }
        if (done.failure() != null) {
            throw new IllegalStateException(done.failure());
        }
        return done.value();
    }

    /** How many outputs are held because an earlier one is not done yet (or not taken yet). */
    synchronized int held() {
        return waiting.size();
    }
}
