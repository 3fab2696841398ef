package org.reportlint.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real server process as an editor would: open a report with defects, type, apply a quick fix and a
 * disable action, change and break the configuration, hover, shut down.
 */
class LanguageServerProcessTest {
    private static final String REPORT = "<ul>\n"
            + "<li>Hubei Zhonghuan New Material Technology Co.</li>\n"
            + "<li>Ltd.</li>\n"
            + "</ul>\n"
            + "<p>The market is $xxx million.</p>\n"
            + "<p>Sales rose in 2024.</p>\n";

    @TempDir
    Path workspace;

    private int version = 1;
    private String text = REPORT;

    @Test
    void anEditingSessionSeesTheCliResultsAfterEveryStep() throws Exception {
        Files.writeString(workspace.resolve(".reportlint.json"), "{\"root\": true}\n");
        Path report = workspace.resolve("report.html");
        Files.writeString(report, REPORT);
        String uri = report.toUri().toString();
        try (ServerProcess lsp = ServerProcess.start(workspace, workspace.resolve("stderr.txt"))) {
            assertEquals("reportlint", lsp.initialized.getServerInfo().getName());

            lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "html", version, text)));
            PublishDiagnosticsParams opened = awaitVersion(lsp, uri);
            // Registered from "initialized", which the server handled before the document was opened.
            assertTrue(lsp.client.registrations.stream().anyMatch(r -> r.getRegistrations().stream()
                    .anyMatch(one -> one.getMethod().equals("workspace/didChangeWatchedFiles"))),
                    "the server watches .reportlint.json files");
            assertEquals(List.of("split-name", "placeholder"), rules(opened));
            Diagnostic placeholder = opened.getDiagnostics().get(1);
            assertEquals(new Range(ClientEdits.position(text, text.indexOf("$xxx")),
                    ClientEdits.position(text, text.indexOf(".</p>"))), placeholder.getRange());
            assertEquals(DiagnosticSeverity.Error, placeholder.getSeverity());
            assertTrue(placeholder.getCodeDescription().getHref().endsWith("placeholder.md"),
                    placeholder.getCodeDescription().getHref());
            Diagnostic split = opened.getDiagnostics().get(0);
            assertEquals(1, split.getRelatedInformation().size());
            assertEquals(uri, split.getRelatedInformation().get(0).getLocation().getUri());

            Hover hover = lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    placeholder.getRange().getStart())).get(60, TimeUnit.SECONDS);
            assertTrue(hover.getContents().getRight().getValue().contains("placeholder"), hover.toString());

            // Typing: "$xxx" becomes "$412", one character change at a time, as incremental edits.
            int at = text.indexOf("$xxx") + 1;
            for (char digit : "412".toCharArray()) {
                Range one = new Range(ClientEdits.position(text, at), ClientEdits.position(text, at + 1));
                change(lsp, uri, new TextDocumentContentChangeEvent(one, String.valueOf(digit)));
                at++;
            }
            assertEquals(REPORT.replace("$xxx", "$412"), text);
            PublishDiagnosticsParams typed = awaitVersion(lsp, uri);
            assertEquals(List.of("split-name"), rules(typed));

            // Fix-all, asked for by kind as an editor does on save: the same text --fix would write.
            Diagnostic fixable = typed.getDiagnostics().get(0);
            CodeActionParams fixAllParams = new CodeActionParams(new TextDocumentIdentifier(uri),
                    fixable.getRange(), new CodeActionContext(List.of()));
            fixAllParams.getContext().setOnly(List.of("source.fixAll.reportlint"));
            CodeAction fixAll = lsp.server.getTextDocumentService().codeAction(fixAllParams)
                    .get(60, TimeUnit.SECONDS).get(0).getRight();
            assertEquals("source.fixAll.reportlint", fixAll.getKind());
            assertTrue(ClientEdits.apply(text, fixAll.getEdit().getChanges().get(uri))
                    .contains("Technology Co., Ltd.</li>\n</ul>"));

            // The quick fix carried in the diagnostic's data, applied as an editor applies it.
            CodeAction fix = action(lsp, uri, fixable, "Fix:");
            applyAndSend(lsp, uri, fix);
            assertTrue(text.contains("Technology Co., Ltd.</li>\n</ul>"), text);
            assertEquals(List.of(), rules(awaitVersion(lsp, uri)));

            // A new defect, then "disable for this line" hides it without an unused-suppression finding.
            change(lsp, uri, fullText(text.replace("$412", "$XX")));
            PublishDiagnosticsParams again = awaitVersion(lsp, uri);
            assertEquals(List.of("placeholder"), rules(again));
            CodeAction allow = action(lsp, uri, again.getDiagnostics().get(0), "Add \"$XX");
            String configUri = workspace.resolve(".reportlint.json").toUri().toString();
            String allowed = ClientEdits.apply("{\"root\": true}\n", allow.getEdit().getChanges().get(configUri));
            String flagged = FindingData.of(again.getDiagnostics().get(0).getData()).orElseThrow().flagged();
            assertTrue(flagged.startsWith("$XX"), flagged);
            assertEquals("{\"rules\": {\"placeholder\": [\"error\", {\"allow\": [\"" + flagged
                    + "\"]}]}, \"root\": true}\n",
                    allowed);
            CodeAction disable = action(lsp, uri, again.getDiagnostics().get(0), "Disable placeholder for this line");
            applyAndSend(lsp, uri, disable);
            assertTrue(text.contains("<!-- reportlint-disable-line placeholder -- reason -->"), text);
            assertEquals(List.of(), rules(awaitVersion(lsp, uri)));

            // Configuration reload: a rule turned on in .reportlint.json shows without touching the document.
            int before = lsp.client.publishedCount(uri);
            Files.writeString(workspace.resolve(".reportlint.json"),
                    "{\"root\": true, \"rules\": {\"placeholder\": \"off\"}}\n");
            configChanged(lsp);
            PublishDiagnosticsParams reloaded = lsp.client.awaitDiagnostics(uri, before,
                    p -> rules(p).contains("unused-suppression"));
            assertEquals(version, reloaded.getVersion());

            // A configuration mistake is shown on the config file, at its line and column.
            Path config = workspace.resolve(".reportlint.json");
            Files.writeString(config, "{\"root\": true,\n  \"rules\": {\"placeholdr\": \"error\"}}\n");
            configChanged(lsp);
            PublishDiagnosticsParams broken = lsp.client.awaitDiagnostics(config.toUri().toString(), 0,
                    p -> !p.getDiagnostics().isEmpty());
            Diagnostic mistake = broken.getDiagnostics().get(0);
            assertTrue(mistake.getMessage().getLeft().contains("unknown rule \"placeholdr\""), mistake.getMessage().toString());
            assertEquals(1, mistake.getRange().getStart().getLine());
            assertEquals(12, mistake.getRange().getStart().getCharacter());

            // Repaired, the mistake goes away.
            int shown = lsp.client.publishedCount(config.toUri().toString());
            Files.writeString(config, "{\"root\": true}\n");
            configChanged(lsp);
            lsp.client.awaitDiagnostics(config.toUri().toString(), shown, p -> p.getDiagnostics().isEmpty());

            assertEquals(0, lsp.shutDown());
        }
    }

    private PublishDiagnosticsParams awaitVersion(ServerProcess lsp, String uri) throws InterruptedException {
        int wanted = version;
        return lsp.client.awaitDiagnostics(uri, 0, p -> p.getVersion() != null && p.getVersion() == wanted);
    }

    private void change(ServerProcess lsp, String uri, TextDocumentContentChangeEvent change) {
        version++;
        if (change.getRange() == null) {
            text = change.getText();
        } else {
            text = ClientEdits.apply(text, List.of(new TextEdit(change.getRange(), change.getText())));
        }
        lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    }

    private static TextDocumentContentChangeEvent fullText(String newText) {
        return new TextDocumentContentChangeEvent(newText);
    }

    private void applyAndSend(ServerProcess lsp, String uri, CodeAction action) {
        List<TextEdit> edits = action.getEdit().getChanges().get(uri);
        assertNotNull(edits, "the action edits the document");
        // Sent back as the incremental changes an editor would send, last edit first so ranges stay valid.
        List<TextEdit> ordered = new java.util.ArrayList<>(edits);
        ordered.sort((a, b) -> Integer.compare(ClientEdits.offset(text, b.getRange().getStart()),
                ClientEdits.offset(text, a.getRange().getStart())));
        for (TextEdit edit : ordered) {
            change(lsp, uri, new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText()));
        }
    }

    private static CodeAction action(ServerProcess lsp, String uri, Diagnostic diagnostic, String titleStart)
            throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions =
                lsp.server.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS);
        Optional<CodeAction> found = actions.stream().filter(Either::isRight).map(Either::getRight)
                .filter(a -> a.getTitle().startsWith(titleStart)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no action \"" + titleStart + "\" among "
                + actions.stream().map(a -> a.getRight().getTitle()).toList()));
    }

    private void configChanged(ServerProcess lsp) {
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(workspace.resolve(".reportlint.json").toUri().toString(), FileChangeType.Changed))));
    }

    private static List<String> rules(PublishDiagnosticsParams published) {
        return published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    static String read(Path file) throws java.io.IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
