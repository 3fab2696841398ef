package org.reportlint.cli.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Decides when documents are checked: a request waits out the debounce delay, a newer request for the same
 * document replaces a waiting one and cancels one in flight, and only the result of a document's newest request
 * is delivered, so a slow check of old text never overwrites a newer result.
 *
 * <p>Checks run on their own threads, never on the thread that reads the client's messages, so the server keeps
 * answering while a large document is linted.
 */
final class CheckScheduler implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("timer"));
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), daemon("check"));
    private final Function<String, OpenDocument> documents;
    private final Function<OpenDocument, CheckResult> check;
    private final Consumer<CheckResult> delivered;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** One document's scheduling state; guarded by itself. */
    private static final class Slot {
        long generation;
        ScheduledFuture<?> waiting;
        Future<?> running;
        CheckResult latest;
        final List<CompletableFuture<CheckResult>> waiters = new ArrayList<>();
    }

    /**
     * @param documents the current document of a URI, or null once it is closed
     * @param check what a check is
     * @param delivered receives the newest result of each document
     */
    CheckScheduler(Function<String, OpenDocument> documents, Function<OpenDocument, CheckResult> check,
                   Consumer<CheckResult> delivered) {
        this.documents = documents;
        this.check = check;
        this.delivered = delivered;
    }

    /** Checks the document at {@code uri} after {@code delayMillis}, replacing any check requested before. */
    void request(String uri, long delayMillis) {
        Slot slot = slots.computeIfAbsent(uri, key -> new Slot());
        synchronized (slot) {
            long generation = ++slot.generation;
            cancel(slot);
            slot.waiting = timer.schedule(() -> start(uri, slot, generation), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The result for the document's current version: at once when it is known, else when the check of that
     * version (started now if it is still waiting) is done.
     */
    CompletableFuture<CheckResult> resultFor(String uri) {
        OpenDocument current = documents.apply(uri);
        Slot slot = slots.computeIfAbsent(uri, key -> new Slot());
        synchronized (slot) {
            if (slot.latest != null && current != null && slot.latest.document().version() == current.version()
                    && slot.waiting == null && slot.running == null) {
                return CompletableFuture.completedFuture(slot.latest);
            }
            CompletableFuture<CheckResult> waiter = new CompletableFuture<>();
            slot.waiters.add(waiter);
            if (slot.running == null) {
                // Nothing in flight: the client is waiting, so the debounce delay is not worth waiting out.
                long generation = ++slot.generation;
                cancel(slot);
                slot.waiting = timer.schedule(() -> start(uri, slot, generation), 0, TimeUnit.MILLISECONDS);
            }
            return waiter;
        }
    }

    /** The newest delivered result of a document, or null. */
    CheckResult latest(String uri) {
        Slot slot = slots.get(uri);
        if (slot == null) {
            return null;
        }
        synchronized (slot) {
            return slot.latest;
        }
    }

    /** Forgets a closed document, cancelling its checks. */
    void forget(String uri) {
        Slot slot = slots.remove(uri);
        if (slot != null) {
            synchronized (slot) {
                slot.generation++;
                cancel(slot);
                slot.waiters.forEach(waiter -> waiter.cancel(false));
                slot.waiters.clear();
            }
        }
    }

    private void start(String uri, Slot slot, long generation) {
        synchronized (slot) {
            if (slot.generation != generation) {
                return;
            }
            slot.waiting = null;
            slot.running = workers.submit(() -> run(uri, slot, generation));
        }
    }

    private void run(String uri, Slot slot, long generation) {
        OpenDocument document = documents.apply(uri);
        if (document == null) {
            return;
        }
        CheckResult result;
        try {
            result = check.apply(document);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            // The engine turns a failing rule into a finding; this is anything else, said once, not a dead slot.
            result = new CheckResult(document, java.util.Optional.empty(), List.of(), java.util.Optional.empty(),
                    java.util.Optional.of("internal error: " + failure));
        }
        List<CompletableFuture<CheckResult>> waiting;
        synchronized (slot) {
            if (slot.generation != generation) {
                // Newer text or configuration arrived while this ran: its own check delivers instead.
                return;
            }
            slot.running = null;
            slot.latest = result;
            waiting = new ArrayList<>(slot.waiters);
            slot.waiters.clear();
        }
        CheckResult done = result;
        delivered.accept(done);
        waiting.forEach(waiter -> waiter.complete(done));
    }

    private static void cancel(Slot slot) {
        if (slot.waiting != null) {
            slot.waiting.cancel(false);
            slot.waiting = null;
        }
        if (slot.running != null) {
            slot.running.cancel(true);
            slot.running = null;
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, "reportlint-lsp-" + name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
