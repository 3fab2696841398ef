package org.reportlint.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vocabularies in the editor: accepted and rejected terms as the CLI sees them, a bad entry shown in its list. */
class VocabularyLanguageServerTest {
    private static final String REPORT = "<p>Company A Ltd and Company B. We leverage it.</p>\n";

    @TempDir
    Path workspace;

    @Test
    void listsApplyAndABadEntryIsShownInTheListFileUntilRepaired() throws Exception {
        Files.writeString(workspace.resolve(".reportlint.json"), "{\"root\": true, \"vocabularies\": "
                + "[{\"accept\": \"accept.txt\", \"reject\": \"reject.txt\"}]}\n");
        Path accept = Files.writeString(workspace.resolve("accept.txt"), "Company A Ltd\n");
        Path reject = Files.writeString(workspace.resolve("reject.txt"), "leverage\n");
        Path report = Files.writeString(workspace.resolve("report.html"), REPORT);
        String uri = report.toUri().toString();
        try (ServerProcess lsp = ServerProcess.start(workspace, workspace.resolve("stderr.txt"))) {
            lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "html", 1, REPORT)));
            PublishDiagnosticsParams opened = lsp.client.awaitDiagnostics(uri, 0, p -> !p.getDiagnostics().isEmpty());
            assertEquals(List.of("placeholder Dummy name \"Company B\" left in text",
                    "vocabulary \"leverage\" is rejected by the vocabulary reject.txt"),
                    opened.getDiagnostics().stream().map(VocabularyLanguageServerTest::describe).toList());

            Files.writeString(accept, "Company A Ltd\nre:(unclosed\n");
            configChanged(lsp);
            String listUri = accept.toUri().toString();
            PublishDiagnosticsParams broken = lsp.client.awaitDiagnostics(listUri, 0,
                    p -> !p.getDiagnostics().isEmpty());
            Diagnostic mistake = broken.getDiagnostics().get(0);
            assertEquals("pattern \"(unclosed\": not valid RE2: missing closing )", mistake.getMessage().getLeft());
            assertEquals(1, mistake.getRange().getStart().getLine());
            assertEquals(3, mistake.getRange().getStart().getCharacter());

            int shown = lsp.client.publishedCount(listUri);
            Files.writeString(accept, "Company A Ltd\n");
            configChanged(lsp);
            lsp.client.awaitDiagnostics(listUri, shown, p -> p.getDiagnostics().isEmpty());
            assertEquals(true, Files.readString(reject).equals("leverage\n"));
            assertEquals(0, lsp.shutDown());
        }
    }

    private static String describe(Diagnostic diagnostic) {
        return diagnostic.getCode().getLeft() + " " + diagnostic.getMessage().getLeft();
    }

    private void configChanged(ServerProcess lsp) {
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(workspace.resolve(".reportlint.json").toUri().toString(), FileChangeType.Changed))));
    }
}
