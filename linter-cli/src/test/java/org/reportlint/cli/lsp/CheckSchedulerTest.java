package org.reportlint.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Debouncing and cancelling, counted: which versions were checked and which results were delivered. */
class CheckSchedulerTest {
    private static final String URI = "file:///w/a.html";
    private static final DocumentPath PATH = new DocumentPath(Path.of("/w"), "a.html", Path.of("/w/a.html"));

    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final List<Integer> checked = new CopyOnWriteArrayList<>();
    private final List<Integer> delivered = new CopyOnWriteArrayList<>();

    private void put(int version) {
        documents.put(URI, new OpenDocument(URI, PATH, version, "v" + version, StandardCharsets.UTF_8, false));
    }

    private CheckResult result(OpenDocument document) {
        return new CheckResult(document, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    @Test
    void typingFasterThanTheDelayChecksOnlyTheLastVersion() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (CheckScheduler scheduler = new CheckScheduler(documents::get, document -> {
            checked.add(document.version());
            return result(document);
        }, result -> {
            delivered.add(result.document().version());
            done.countDown();
        })) {
            for (int version = 1; version <= 5; version++) {
                put(version);
                scheduler.request(URI, 10_000);
            }
            // The client asks for the current version: it is checked now, the debounce delay is not waited out.
            assertEquals(5, scheduler.resultFor(URI).get(30, TimeUnit.SECONDS).document().version());
            done.await(30, TimeUnit.SECONDS);
        }
        assertEquals(List.of(5), checked);
        assertEquals(List.of(5), delivered);
    }

    @Test
    void aCheckOfOldTextIsNeverDelivered() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondDelivered = new CountDownLatch(1);
        try (CheckScheduler scheduler = new CheckScheduler(documents::get, document -> {
            checked.add(document.version());
            if (document.version() == 1) {
                firstStarted.countDown();
                try {
                    releaseFirst.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException cancelled) {
                    // Cancelled as it should be; it returns its (stale) result anyway.
                }
            }
            return result(document);
        }, result -> {
            delivered.add(result.document().version());
            if (result.document().version() == 2) {
                secondDelivered.countDown();
            }
        })) {
            put(1);
            scheduler.request(URI, 0);
            firstStarted.await(30, TimeUnit.SECONDS);
            put(2);
            scheduler.request(URI, 0);
            releaseFirst.countDown();
            secondDelivered.await(30, TimeUnit.SECONDS);
        }
        assertEquals(List.of(1, 2), checked);
        assertEquals(List.of(2), delivered);
    }
}
