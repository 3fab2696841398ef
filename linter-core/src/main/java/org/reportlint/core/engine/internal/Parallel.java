package org.reportlint.core.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs a task over a list on a fixed number of threads, handing the outputs on in input order. */
public final class Parallel {

    private Parallel() {
    }

    /** The outputs of every input, in input order. */
    public static <I, O> List<O> map(List<I> inputs, Function<I, O> task, int threads) {
        List<O> outputs = new ArrayList<>(inputs.size());
        forEachInOrder(inputs, task, threads, outputs::add);
        return outputs;
    }

    /**
     * Hands each output to {@code consumer} in input order as soon as it and every earlier one are done, on the
     * calling thread, so the consumer needs no locking. Outputs that finish ahead of an earlier one wait in a
     * {@link ReorderBuffer}; nothing else is kept. A task's exception is thrown here when its turn comes; an
     * exception of the consumer stops the run and is thrown as it is.
     */
    public static <I, O> void forEachInOrder(List<I> inputs, Function<I, O> task, int threads,
                                             Consumer<? super O> consumer) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (I input : inputs) {
                consumer.accept(task.apply(input));
            }
            return;
        }
        ReorderBuffer<O> buffer = new ReorderBuffer<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), runnable -> {
            Thread thread = new Thread(runnable, "reportlint-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < inputs.size(); i++) {
                int index = i;
                I input = inputs.get(i);
                pool.execute(() -> {
                    try {
                        buffer.put(index, task.apply(input));
                    } catch (Throwable failure) {
                        // Handed to the consumer's thread, which rethrows it in input order.
                        buffer.fail(index, failure);
                    }
                });
            }
            for (int i = 0; i < inputs.size(); i++) {
                consumer.accept(buffer.take());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("linting was interrupted", interrupted);
        } finally {
            pool.shutdownNow();
        }
    }
}
