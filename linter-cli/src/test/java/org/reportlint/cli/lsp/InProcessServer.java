package org.reportlint.cli.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.reportlint.core.config.RuleRegistry;

/** The server in this JVM, still spoken to in JSON-RPC through pipes, as a client that pulls its diagnostics. */
final class InProcessServer implements AutoCloseable {
    final LanguageServer server;
    final RecordingClient client = new RecordingClient();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    InProcessServer(RuleRegistry registry, Path workspace) throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        ReportlintLanguageServer real = new ReportlintLanguageServer(registry, "test");
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(real, serverIn, serverOut, threads,
                null);
        real.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, clientIn, clientOut, threads,
                null);
        clientSide.startListening();
        server = clientSide.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "reports")));
        ClientCapabilities capabilities = new ClientCapabilities();
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setDiagnostic(new DiagnosticCapabilities());
        capabilities.setTextDocument(text);
        params.setCapabilities(capabilities);
        server.initialize(params).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    @Override
    public void close() throws IOException {
        try {
            server.shutdown().get(60, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Closing anyway.
        }
        threads.shutdownNow();
    }
}
