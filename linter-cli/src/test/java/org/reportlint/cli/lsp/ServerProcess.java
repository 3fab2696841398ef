package org.reportlint.cli.lsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.reportlint.cli.Main;

/** {@code reportlint lsp} in its own JVM, with an lsp4j client connected to its standard input and output. */
final class ServerProcess implements AutoCloseable {
    final Process process;
    final LanguageServer server;
    final RecordingClient client = new RecordingClient();
    InitializeResult initialized;

    private ServerProcess(Path workspace, Path stderr) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "lsp"))
                .directory(workspace.toFile())
                .redirectError(stderr.toFile())
                .start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** Starts the server and initializes it as a client that takes published diagnostics and watches files. */
    static ServerProcess start(Path workspace, Path stderr) throws Exception {
        ServerProcess started = new ServerProcess(workspace, stderr);
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "reports")));
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
        workspaceCapabilities.setConfiguration(true);
        workspaceCapabilities.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.setWorkspace(workspaceCapabilities);
        params.setCapabilities(capabilities);
        started.initialized = started.server.initialize(params).get(60, TimeUnit.SECONDS);
        started.server.initialized(new InitializedParams());
        return started;
    }

    /** Shuts the server down as an editor does and returns its exit code. */
    int shutDown() throws Exception {
        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit after shutdown and exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
