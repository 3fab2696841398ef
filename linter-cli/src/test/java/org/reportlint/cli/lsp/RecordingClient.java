package org.reportlint.cli.lsp;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor side of the tests: records what the server sends and answers its requests. */
final class RecordingClient implements LanguageClient {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Map<String, List<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
    final List<MessageParams> messages = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    volatile JsonObject settings = new JsonObject();
    volatile int refreshes;

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.computeIfAbsent(diagnostics.getUri(), uri -> new CopyOnWriteArrayList<>()).add(diagnostics);
        notifyAll();
    }

    /** Waits for a publication for {@code uri} after the first {@code after} ones that {@code wanted} accepts. */
    synchronized PublishDiagnosticsParams awaitDiagnostics(String uri, int after,
                                                           Predicate<PublishDiagnosticsParams> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<PublishDiagnosticsParams> seen = published.getOrDefault(uri, List.of());
            for (int i = after; i < seen.size(); i++) {
                if (wanted.test(seen.get(i))) {
                    return seen.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no diagnostics as expected for " + uri + "; got " + seen);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized int publishedCount(String uri) {
        return published.getOrDefault(uri, List.of()).size();
    }

    synchronized List<PublishDiagnosticsParams> publications(String uri) {
        return new ArrayList<>(published.getOrDefault(uri, List.of()));
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        return CompletableFuture.completedFuture(List.of(settings));
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        refreshes++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams message) {
        messages.add(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        messages.add(message);
    }
}
