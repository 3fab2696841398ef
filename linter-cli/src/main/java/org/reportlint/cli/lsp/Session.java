package org.reportlint.cli.lsp;

import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.reportlint.core.config.RuleRegistry;

/**
 * What the server knows between messages: the open documents (one text each), the settings, the client and its
 * capabilities, and the scheduler that checks documents and delivers their diagnostics.
 */
final class Session implements AutoCloseable {
    /** How long typing must pause before a check starts. */
    static final long DEBOUNCE_MILLIS = 250;

    private final String version;
    private final DocumentChecker checker;
    private final DiagnosticMapper mapper;
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final CheckScheduler scheduler;
    private final ConfigDiagnostics configDiagnostics;
    private final Set<String> reportedFailures = ConcurrentHashMap.newKeySet();
    private volatile LanguageClient client;
    private volatile List<Path> workspaceFolders = List.of();
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile ServerSettings settings = ServerSettings.DEFAULT;
    private volatile long debounceMillis = DEBOUNCE_MILLIS;

    Session(RuleRegistry registry, String version) {
        this.version = version;
        this.checker = new DocumentChecker(registry);
        this.mapper = new DiagnosticMapper(registry);
        this.scheduler = new CheckScheduler(documents::get, document -> checker.check(document, settings),
                this::delivered);
        this.configDiagnostics = new ConfigDiagnostics(registry, this::publish);
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    void initialize(List<Path> folders, ClientCapabilities clientCapabilities) {
        this.workspaceFolders = List.copyOf(folders);
        if (clientCapabilities != null) {
            this.capabilities = clientCapabilities;
        }
    }

    String version() {
        return version;
    }

    LanguageClient client() {
        return client;
    }

    DocumentChecker checker() {
        return checker;
    }

    ServerSettings settings() {
        return settings;
    }

    List<Path> workspaceFolders() {
        return workspaceFolders;
    }

    CheckScheduler scheduler() {
        return scheduler;
    }

    void debounce(long millis) {
        this.debounceMillis = millis;
    }

    long debounceMillis() {
        return debounceMillis;
    }

    /** Whether the client asks for diagnostics itself ({@code textDocument/diagnostic}) instead of being sent them. */
    boolean clientPulls() {
        return capabilities.getTextDocument() != null && capabilities.getTextDocument().getDiagnostic() != null;
    }

    boolean clientWatchesDynamically() {
        return capabilities.getWorkspace() != null && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    }

    private boolean clientRefreshesDiagnostics() {
        return capabilities.getWorkspace() != null && capabilities.getWorkspace().getDiagnostics() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDiagnostics().getRefreshSupport());
    }

    private boolean clientHasConfiguration() {
        return capabilities.getWorkspace() != null && Boolean.TRUE.equals(capabilities.getWorkspace().getConfiguration());
    }

    Optional<OpenDocument> document(String uri) {
        return Optional.ofNullable(documents.get(uri));
    }

    void opened(OpenDocument document) {
        documents.put(document.uri(), document);
        scheduler.request(document.uri(), 0);
    }

    void changed(OpenDocument document) {
        documents.put(document.uri(), document);
        scheduler.request(document.uri(), debounceMillis);
    }

    void saved(String uri) {
        if (documents.containsKey(uri)) {
            scheduler.request(uri, 0);
        }
    }

    void closed(String uri) {
        documents.remove(uri);
        scheduler.forget(uri);
        if (!clientPulls()) {
            publish(uri, List.of());
        }
    }

    /** Configuration changed on disk: every config file is checked again and every open document re-linted. */
    void configurationChanged(Set<Path> changedConfigs) {
        configDiagnostics.revalidate(changedConfigs);
        recheckAll();
    }

    /** Asks the client for the editor-side settings (when it can answer), then re-lints everything. */
    void reloadSettings() {
        if (!clientHasConfiguration() || client == null) {
            recheckAll();
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("reportlint");
        client.configuration(new ConfigurationParams(List.of(item))).whenComplete((answer, failure) -> {
            if (failure == null && answer != null && !answer.isEmpty()) {
                Object section = answer.get(0);
                settings = ServerSettings.from(section instanceof JsonElement json ? json : null);
            }
            recheckAll();
        });
    }

    /** Settings pushed by the client in {@code workspace/didChangeConfiguration}. */
    void settingsPushed(Object pushed) {
        if (clientHasConfiguration()) {
            reloadSettings();
            return;
        }
        if (pushed instanceof JsonElement json && json.isJsonObject() && json.getAsJsonObject().has("reportlint")) {
            settings = ServerSettings.from(json.getAsJsonObject().get("reportlint"));
        }
        recheckAll();
    }

    private void recheckAll() {
        documents.keySet().forEach(uri -> scheduler.request(uri, 0));
        if (clientPulls() && clientRefreshesDiagnostics() && client != null) {
            client.refreshDiagnostics();
        }
    }

    List<Diagnostic> diagnostics(CheckResult checked) {
        return mapper.diagnostics(checked, settings);
    }

    private void delivered(CheckResult checked) {
        configDiagnostics.sawCheck(checked);
        checked.failure().ifPresent(this::reportOnce);
        checked.configError().ifPresent(located -> reportOnce("not linted: " + located.error().getMessage()));
        checked.result().ifPresent(result -> result.errors().forEach(error ->
                log(MessageType.Warning, checked.document().path().name() + ": " + error)));
        if (!clientPulls()) {
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(checked.document().uri(),
                    diagnostics(checked), checked.document().version());
            if (client != null) {
                client.publishDiagnostics(params);
            }
        }
    }

    private void publish(String uri, List<Diagnostic> diagnostics) {
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }

    /** Says a problem in a message once, not at every keystroke while it lasts. */
    private void reportOnce(String message) {
        if (reportedFailures.add(message) && client != null) {
            client.showMessage(new MessageParams(MessageType.Error, "reportlint: " + message));
        }
    }

    void log(MessageType type, String message) {
        if (client != null) {
            client.logMessage(new MessageParams(type, "reportlint: " + message));
        }
    }

    CompletableFuture<CheckResult> resultFor(String uri) {
        return scheduler.resultFor(uri);
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
