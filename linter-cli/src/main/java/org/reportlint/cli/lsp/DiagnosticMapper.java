package org.reportlint.cli.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.RuleDocs;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.LineIndex;

/** Turns a checked document's findings into LSP diagnostics, one per finding, in report order. */
final class DiagnosticMapper {
    static final String SOURCE = "reportlint";

    private final RuleRegistry registry;

    DiagnosticMapper(RuleRegistry registry) {
        this.registry = registry;
    }

    List<Diagnostic> diagnostics(CheckResult checked, ServerSettings settings) {
        if (checked.result().isEmpty()) {
            return List.of();
        }
        OpenDocument document = checked.document();
        LineIndex lines = LineIndex.of(document.text());
        List<Diagnostic> out = new ArrayList<>();
        for (Finding finding : checked.result().get().findings()) {
            out.add(diagnostic(finding, checked, lines, settings));
        }
        return out;
    }

    private Diagnostic diagnostic(Finding finding, CheckResult checked, LineIndex lines, ServerSettings settings) {
        OpenDocument document = checked.document();
        Diagnostic diagnostic = new Diagnostic(Positions.range(finding.span()), finding.message(),
                settings.severityOf(finding.severity()), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.rule()));
        Optional<RuleMetadata> declared = checked.declared(finding.rule());
        if (declared.isPresent()) {
            // A declared rule's page is its "link"; without one it has none, rather than a built-in rule's address.
            declared.get().docsUrl().ifPresent(link -> diagnostic.setCodeDescription(
                    new DiagnosticCodeDescription(link)));
        } else {
            String page = registry.metadata(finding.rule()).flatMap(RuleMetadata::docsUrl)
                    .orElseGet(() -> RuleDocs.pageOf(finding.rule()));
            diagnostic.setCodeDescription(new DiagnosticCodeDescription(page));
        }
        if (finding.rule().equals(EngineRules.UNUSED_SUPPRESSION)) {
            diagnostic.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (RelatedLocation place : finding.related()) {
            String uri = place.path().map(other -> uriOf(document.path().base().resolve(other)))
                    .orElse(document.uri());
            related.add(new DiagnosticRelatedInformation(new Location(uri, Positions.range(place.span())),
                    place.message()));
        }
        if (!related.isEmpty()) {
            diagnostic.setRelatedInformation(related);
        }
        List<FindingData.Edit> edits = new ArrayList<>();
        finding.fix().ifPresent(fix -> {
            for (TextEdit edit : fix.edits()) {
                edits.add(new FindingData.Edit(Positions.range(lines, edit.offset(), edit.endOffset()), edit.text()));
            }
        });
        String text = document.text();
        String flagged = text.substring(Math.min(finding.span().startOffset(), text.length()),
                Math.min(finding.span().endOffset(), text.length()));
        diagnostic.setData(new FindingData(document.version(), finding.severity().id(), flagged, edits).toJson());
        return diagnostic;
    }

    static String uriOf(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}
