package org.reportlint.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.reportlint.cli.lsp.ReportlintLanguageServer;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reportlint lsp}: the language server, speaking JSON-RPC on standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the language server over standard input and output, for editors: diagnostics as you "
                + "type (the same as 'reportlint check'), quick fixes, and rule documentation on hover.")
public final class LspCommand implements Callable<Integer> {

    @ParentCommand
    ReportlintCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReportlintLanguageServer server;
        try {
            parent.requireNoArgumentsBefore("lsp");
            server = new ReportlintLanguageServer(Rules.load(parent.environment()), ToolVersion.get());
        } catch (UsageException usage) {
            return CommandErrors.usage(spec.commandLine().getErr(), usage);
        }
        return serve(System.in, System.out, server);
    }

    /** Serves one client until it says exit or closes the stream; returns the exit code LSP asks for. */
    static int serve(InputStream in, OutputStream out, ReportlintLanguageServer server) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Integer> exited = server.exited();
        Thread streamEnd = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | CancellationException ended) {
                // Ended either way.
            }
            // The editor went away without saying exit: LSP's exit code for that is 1.
            exited.complete(1);
        }, "reportlint-lsp-stream");
        streamEnd.setDaemon(true);
        streamEnd.start();
        try {
            return exited.get();
        } catch (InterruptedException | ExecutionException interrupted) {
            return 1;
        }
    }
}
