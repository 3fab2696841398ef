package org.reportlint.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules a workspace's {@code .reportlint.json} declares reach the editor, from the real server process, as
 * diagnostics like built-in ones: id,
 * message, severity, exact range, the rule's {@code link} as code description, a substitution's fix as a quick fix,
 * and the rule's explanation on hover.
 */
class CustomRulesLanguageServerTest {
    private static final String CONFIG = """
            {
              "root": true,
              "extends": "none",
              "customRules": {
                "house/no-guaranteed": {"kind": "existence", "level": "error", "message": "Avoid '%s'",
                                        "patterns": ["guaranteed returns?"],
                                        "link": "https://example.com/house#guaranteed"},
                "house/use": {"kind": "substitution", "message": "Use '%s' instead of '%s'", "swap": {"utilise": "use"}},
                "house/cagr-cap": {"kind": "figure", "fact": "cagr", "max": 25, "level": "info",
                                   "message": "CAGR %s is above the house limit of %s",
                                   "link": "https://example.com/house#cagr"}
              }
            }
            """;
    private static final String REPORT = "<html><head><title>Global Widget Market Report</title></head><body>\n"
            + "<p>Investors get guaranteed returns.</p>\n"
            + "<p>We utilise panels.</p>\n"
            + "<p>The widget market is expected to grow at a CAGR of 31.2% from 2025 to 2032.</p>\n"
            + "</body></html>\n";

    @TempDir
    Path workspace;

    @Test
    void declaredRulesArePublishedWithTheirLinksAndFixes() throws Exception {
        Files.writeString(workspace.resolve(".reportlint.json"), CONFIG);
        Path report = workspace.resolve("report.html");
        Files.writeString(report, REPORT);
        String uri = report.toUri().toString();
        try (ServerProcess lsp = ServerProcess.start(workspace, workspace.resolve("stderr.txt"))) {
            lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "html", 1, REPORT)));
            List<Diagnostic> diagnostics = lsp.client.awaitDiagnostics(uri, 0,
                    p -> p.getVersion() != null && p.getVersion() == 1).getDiagnostics();

            assertEquals(List.of(
                    "house/no-guaranteed Error " + range("guaranteed returns") + " Avoid 'guaranteed returns' "
                            + "https://example.com/house#guaranteed",
                    "house/use Warning " + range("utilise") + " Use 'use' instead of 'utilise' (no link)",
                    "house/cagr-cap Information " + range("31.2%") + " CAGR 31.2% is above the house limit of 25% "
                            + "https://example.com/house#cagr"),
                    describe(diagnostics));
            diagnostics.forEach(d -> assertEquals("reportlint", d.getSource()));

            Diagnostic substitution = diagnostics.get(1);
            CodeAction fix = action(lsp, uri, substitution, "Fix: ");
            assertEquals("<p>We use panels.</p>", ClientEdits.apply(REPORT, fix.getEdit().getChanges().get(uri))
                    .lines().filter(l -> l.contains("panels")).findFirst().orElseThrow());
            CodeAction disable = action(lsp, uri, diagnostics.get(0), "Disable house/no-guaranteed for this line");
            assertEquals(1, disable.getEdit().getChanges().get(uri).size());
            assertNull(substitution.getCodeDescription(), "a declared rule without a link has no page");
            Hover hover = lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    diagnostics.get(2).getRange().getStart())).get(60, TimeUnit.SECONDS);
            String explained = hover.getContents().getRight().getValue();
            assertTrue(explained.contains("house/cagr-cap") && explained.contains("Fact: cagr")
                    && explained.contains("Max: 25%"), explained);
            assertEquals(0, lsp.shutDown());
        }
    }

    private static String range(String flagged) {
        int start = REPORT.indexOf(flagged);
        Range range = new Range(ClientEdits.position(REPORT, start),
                ClientEdits.position(REPORT, start + flagged.length()));
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine()
                + ":" + range.getEnd().getCharacter();
    }

    private static List<String> describe(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Range r = d.getRange();
            lines.add(d.getCode().getLeft() + " " + d.getSeverity() + " " + r.getStart().getLine() + ":"
                    + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":" + r.getEnd().getCharacter() + " "
                    + d.getMessage().getLeft() + " "
                    + (d.getCodeDescription() == null ? "(no link)" : d.getCodeDescription().getHref()));
        }
        return lines;
    }

    private static CodeAction action(ServerProcess lsp, String uri, Diagnostic diagnostic, String titleStart)
            throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions =
                lsp.server.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS);
        return actions.stream().filter(Either::isRight).map(Either::getRight)
                .filter(a -> a.getTitle().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no action \"" + titleStart + "\" among "
                        + actions.stream().map(a -> a.getRight().getTitle()).toList()));
    }
}
