package org.reportlint.benchmarks;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.reportlint.benchmarks.generate.Format;
import org.reportlint.benchmarks.generate.GeneratedReport;
import org.reportlint.benchmarks.generate.ReportGenerator;
import org.reportlint.cli.lsp.ReportlintLanguageServer;

/**
 * {@code reportlint lsp} driven in process over JSON-RPC (piped streams), as an editor drives it: open a report,
 * then type into it one character at a time, each edit an incremental change, waiting for the diagnostics of each
 * version. Measures edit-to-diagnostics latency (the 250 ms debounce included), how long a hover takes while a
 * check runs, and the heap after a full GC before and after the edits.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.reportlint.benchmarks.LanguageServerBenchmark
 * [EDITS_50KB] [EDITS_5MIB]}. Not a test: it measures time, which a test must not.
 */
public final class LanguageServerBenchmark {

    private LanguageServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int smallEdits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int largeEdits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path workspace = Files.createTempDirectory("reportlint-lsp-bench");
        Files.writeString(workspace.resolve(".reportlint.json"), "{\"root\": true, \"extends\": \"all\"}\n");
        try (Session session = new Session(workspace)) {
            session.run("50 KB", workspace.resolve("report-50k.html"), report(50 * 1024), smallEdits);
            session.run("5 MiB", workspace.resolve("report-5m.html"), report(5 * 1024 * 1024), largeEdits);
        }
        System.exit(0);
    }

    /** HTML fragments of the generated set, joined until the text is {@code size} characters or more. */
    static String report(int size) {
        ReportGenerator generator = new ReportGenerator(ReportGenerator.DEFAULT_SEED);
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.length() < size; i++) {
            GeneratedReport report = generator.generate(i);
            if (report.spec().format() == Format.HTML_FRAGMENT && !report.spec().oneLine()) {
                text.append(report.text()).append('\n');
            }
        }
        return text.toString();
    }

    /** One server and its client. */
    private static final class Session implements AutoCloseable {
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final Client client = new Client();
        private final LanguageServer server;

        Session(Path workspace) throws Exception {
            PipedInputStream serverIn = new PipedInputStream(1 << 20);
            PipedOutputStream clientOut = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 20);
            PipedOutputStream serverOut = new PipedOutputStream(clientIn);
            ReportlintLanguageServer real = new ReportlintLanguageServer(BenchmarkReports.registry(), "bench");
            Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(real, serverIn, serverOut,
                    threads, null);
            real.connect(serverSide.getRemoteProxy());
            serverSide.startListening();
            Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, clientIn, clientOut,
                    threads, null);
            clientSide.startListening();
            server = clientSide.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
            params.setCapabilities(new ClientCapabilities());
            server.initialize(params).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
        }

        void run(String label, Path file, String text, int edits) throws Exception {
            Files.writeString(file, text);
            String uri = file.toUri().toString();
            long heapBefore = heapAfterGc();
            long start = System.nanoTime();
            CompletableFuture<PublishDiagnosticsParams> first = client.expect(uri, 1);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "html", 1, text)));
            int findings = first.get(600, TimeUnit.SECONDS).getDiagnostics().size();
            double openMillis = (System.nanoTime() - start) / 1e6;
            long heapOpen = heapAfterGc();
            SplittableRandom random = new SplittableRandom(7);
            StringBuilder current = new StringBuilder(text);
            double[] latencies = new double[edits];
            double[] hovers = new double[edits];
            StringBuilder heapAt = new StringBuilder();
            long cpuStart = cpuNanos();
            for (int i = 0; i < edits; i++) {
                if (i > 0 && i % Math.max(1, edits / 4) == 0) {
                    heapAt.append(String.format(" %d edits %.1f MiB,", i, heapAfterGc() / 1048576.0));
                }
                int version = i + 2;
                int offset = random.nextInt(current.length());
                Position at = position(current, offset);
                current.insert(offset, 'x');
                CompletableFuture<PublishDiagnosticsParams> next = client.expect(uri, version);
                long sent = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(new Range(at, at), "x"))));
                // A hover sent while the check is pending or running: the server must answer it at once.
                long hoverSent = System.nanoTime();
                server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at))
                        .get(600, TimeUnit.SECONDS);
                hovers[i] = (System.nanoTime() - hoverSent) / 1e6;
                next.get(600, TimeUnit.SECONDS);
                latencies[i] = (System.nanoTime() - sent) / 1e6;
            }
            double cpuPerEdit = (cpuNanos() - cpuStart) / 1e6 / edits;
            long heapEdited = heapAfterGc();
            Arrays.sort(latencies);
            Arrays.sort(hovers);
            System.out.printf("%n%s report: %,d chars, %d findings; open to first diagnostics %.0f ms%n", label,
                    text.length(), findings, openMillis);
            System.out.printf("  %d edits, edit -> diagnostics (250 ms debounce included): median %.0f ms, "
                    + "p95 %.0f ms, max %.0f ms%n", edits, latencies[edits / 2],
                    latencies[(int) Math.min(edits - 1, Math.ceil(edits * 0.95) - 1)], latencies[edits - 1]);
            System.out.printf("  process CPU per edit (server and client, GC included): %.0f ms; load average %.1f "
                    + "on %d processors%n", cpuPerEdit, ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            System.out.printf("  hover while a check is pending: median %.1f ms, max %.1f ms%n", hovers[edits / 2],
                    hovers[edits - 1]);
            System.out.printf("  heap after GC: before open %.1f MiB, after open %.1f MiB,%s after %d edits %.1f MiB%n",
                    heapBefore / 1048576.0, heapOpen / 1048576.0, heapAt, edits, heapEdited / 1048576.0);
        }

        private static Position position(CharSequence text, int offset) {
            int line = 0;
            int start = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    start = i + 1;
                }
            }
            return new Position(line, offset - start);
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        private static long heapAfterGc() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        @Override
        public void close() throws Exception {
            server.shutdown().get(60, TimeUnit.SECONDS);
            threads.shutdownNow();
        }
    }

    /** Keeps no history: only the one publication a run waits for. */
    private static final class Client implements LanguageClient {
        private volatile String uri;
        private volatile int version;
        private volatile CompletableFuture<PublishDiagnosticsParams> waiting;

        CompletableFuture<PublishDiagnosticsParams> expect(String documentUri, int documentVersion) {
            CompletableFuture<PublishDiagnosticsParams> future = new CompletableFuture<>();
            uri = documentUri;
            version = documentVersion;
            waiting = future;
            return future;
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            CompletableFuture<PublishDiagnosticsParams> future = waiting;
            if (future != null && diagnostics.getUri().equals(uri) && diagnostics.getVersion() != null
                    && diagnostics.getVersion() == version) {
                future.complete(diagnostics);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
            System.err.println(message.getMessage());
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            System.err.println(message.getMessage());
        }
    }

}
