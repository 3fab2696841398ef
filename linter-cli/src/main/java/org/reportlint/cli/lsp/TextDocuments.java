package org.reportlint.cli.lsp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The {@code textDocument/*} messages: keeping each open text current, and answering from its latest check. */
final class TextDocuments implements TextDocumentService {
    private final Session session;
    private final RuleHover hover;
    private final CodeActions actions;

    TextDocuments(Session session) {
        this.session = session;
        this.hover = new RuleHover(session.checker().registry());
        this.actions = new CodeActions(session.checker().registry(),
                document -> session.checker().fixAll(document, session.settings()),
                uri -> session.document(uri).map(OpenDocument::text));
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        DocumentPath path = DocumentPath.of(item.getUri(), item.getLanguageId(), session.workspaceFolders());
        session.opened(OpenDocument.opened(item.getUri(), path, item.getVersion(), item.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        session.document(uri).ifPresent(document -> session.changed(
                document.changed(params.getTextDocument().getVersion(), params.getContentChanges())));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        session.closed(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        session.saved(params.getTextDocument().getUri());
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        if (session.document(uri).isEmpty()) {
            return CompletableFuture.completedFuture(
                    new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())));
        }
        return session.resultFor(uri).thenApply(checked -> {
            RelatedFullDocumentDiagnosticReport report =
                    new RelatedFullDocumentDiagnosticReport(session.diagnostics(checked));
            report.setResultId(Integer.toString(checked.document().version()));
            return new DocumentDiagnosticReport(report);
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        Optional<OpenDocument> document = session.document(uri);
        if (document.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        Optional<CheckResult> latest = Optional.ofNullable(session.scheduler().latest(uri));
        // Fix-all lints the text again until nothing more applies: off the message thread.
        return CompletableFuture.supplyAsync(() -> actions.actions(document.get(), params, latest).stream()
                .<Either<Command, CodeAction>>map(Either::forRight).toList());
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        CheckResult latest = session.scheduler().latest(params.getTextDocument().getUri());
        return CompletableFuture.completedFuture(latest == null ? null
                : hover.at(latest, params.getPosition()).orElse(null));
    }
}
