package org.reportlint.cli.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.RuleRegistry;

/** The server's life cycle: what it offers the client at {@code initialize}, and what it asks for after. */
public final class ReportlintLanguageServer implements LanguageServer, LanguageClientAware {
    static final String CONFIG_GLOB = "**/" + ConfigResolver.FILE_NAME;

    private final Session session;
    private final TextDocuments documents;
    private final Workspace workspace;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile int exitCode = 1;

    public ReportlintLanguageServer(RuleRegistry registry, String version) {
        this.session = new Session(registry, version);
        this.documents = new TextDocuments(session);
        this.workspace = new Workspace(session);
    }

    @Override
    public void connect(LanguageClient client) {
        session.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        session.initialize(folders(params), params.getCapabilities());
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL));
        capabilities.setCodeActionProvider(actions);
        capabilities.setHoverProvider(true);
        if (session.clientPulls()) {
            DiagnosticRegistrationOptions pull = new DiagnosticRegistrationOptions(false, false);
            pull.setIdentifier("reportlint");
            capabilities.setDiagnosticProvider(pull);
        }
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("reportlint", session.version())));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (session.clientWatchesDynamically()) {
            FileSystemWatcher watcher = new FileSystemWatcher(Either.forLeft(CONFIG_GLOB));
            session.client().registerCapability(new RegistrationParams(List.of(new Registration(
                    "reportlint-config-watcher", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(List.of(watcher))))));
        }
        session.reloadSettings();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        exitCode = 0;
        session.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        session.close();
        exited.complete(exitCode);
    }

    /** Completes with the process's exit code once the client says {@code exit}: 0 after a shutdown, else 1. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** The session, for benchmarks that drive the server in process. */
    Session session() {
        return session;
    }

    @SuppressWarnings("deprecation")
    private static List<Path> folders(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        List<WorkspaceFolder> given = params.getWorkspaceFolders();
        if (given != null) {
            for (WorkspaceFolder folder : given) {
                DocumentPath.fileOf(folder.getUri()).ifPresent(folders::add);
            }
        }
        if (folders.isEmpty() && params.getRootUri() != null) {
            DocumentPath.fileOf(params.getRootUri()).ifPresent(folders::add);
        }
        if (folders.isEmpty() && params.getRootPath() != null) {
            folders.add(Path.of(params.getRootPath()));
        }
        return folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }
}
