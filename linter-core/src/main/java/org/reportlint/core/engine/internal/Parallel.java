package org.reportlint.core.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.reportlint.core.engine.internal.Parallel;

/** Maps a list on a fixed number of threads, keeping the input order in the output. */
public final class Parallel {

    private Parallel() {
    }

    public static <I, O> List<O> map(List<I> inputs, Function<I, O> task, int threads) {
        if (threads <= 1 || inputs.size() <= 1) {
            List<O> results = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                results.add(task.apply(input));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), runnable -> {
            Thread thread = new Thread(runnable, "reportlint-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<O>> futures = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                futures.add(pool.submit(() -> task.apply(input)));
            }
            List<O> results = new ArrayList<>(inputs.size());
            for (Future<O> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("linting was interrupted", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
