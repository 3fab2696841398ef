package org.reportlint.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.cli.CliEnvironment;
import org.reportlint.cli.ReportlintCommand;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.SourceDecoder;
import picocli.CommandLine;

/**
 * The server's diagnostics are those of {@code reportlint check -f json} on the same text and configuration: every
 * rule fixture, with every rule on, compared finding by finding (rule, severity, message, range, related places and
 * fix edits).
 */
class CliEquivalenceTest {
    private static final Path FIXTURES = Path.of("../rules/src/test/resources/fixtures");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @Test
    void everyFixtureGetsTheCheckCommandsFindings() throws Exception {
        RuleRegistry every = RuleRegistry.load(getClass().getClassLoader());
        // The CLI module's test rules (one of them crashes on purpose) are not built-in rules.
        RuleRegistry registry = RuleRegistry.of(
                every.rules().stream().filter(r -> !r.metadata().id().startsWith("test-")).toList(),
                every.crossDocumentRules().stream().filter(r -> !r.metadata().id().startsWith("test-")).toList());
        Files.writeString(workspace.resolve(".reportlint.json"), "{\"root\": true, \"extends\": \"all\"}\n");
        List<Path> fixtures;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            fixtures = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|md|txt)"))
                    .sorted().toList();
        }
        assertTrue(fixtures.size() > 50, "fixtures found: " + fixtures.size());
        int compared = 0;
        int findings = 0;
        List<String> notRoundTripping = new ArrayList<>();
        try (InProcessServer lsp = new InProcessServer(registry, workspace)) {
            for (Path fixture : fixtures) {
                String name = FIXTURES.relativize(fixture).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(fixture);
                DecodedText decoded = SourceDecoder.decode(bytes, name);
                if (!Arrays.equals(SourceDecoder.encode(decoded.text(), decoded), bytes)) {
                    // Malformed bytes: an editor holds U+FFFD instead, and saving writes other bytes than these.
                    notRoundTripping.add(name);
                    continue;
                }
                Path file = workspace.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                JsonNode expected = check(registry, name);
                String uri = file.toUri().toString();
                lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(uri, languageOf(name), 1, decoded.text())));
                DocumentDiagnosticReport report = lsp.server.getTextDocumentService().diagnostic(
                        new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
                List<Diagnostic> actual = report.getLeft().getItems();
                assertEquals(describe(expected, decoded.text(), uri), describe(actual), name);
                compared++;
                findings += actual.size();
            }
        }
        System.out.println("compared " + compared + " fixtures, " + findings + " findings; skipped " + notRoundTripping);
        assertTrue(compared >= fixtures.size() - 5, "compared " + compared + "; skipped " + notRoundTripping);
        assertTrue(findings > 100, "findings compared: " + findings);
    }

    private JsonNode check(RuleRegistry registry, String name) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = ReportlintCommand.newCommandLine(new CliEnvironment(workspace,
                () -> new ByteArrayInputStream(new byte[0]), false, () -> registry));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute("check", "-f", "json", "--threads", "1", name);
        return JSON.readTree(out.toString()).get("files").get(0).get("findings");
    }

    /** The check command's findings, said the way the server's diagnostics are said below. */
    private static List<String> describe(JsonNode findings, String text, String uri) {
        List<String> lines = new ArrayList<>();
        for (JsonNode finding : findings) {
            StringBuilder line = new StringBuilder();
            line.append(finding.get("rule").asText()).append(' ').append(severity(finding.get("severity").asText()))
                    .append(' ').append(range(finding)).append(' ').append(finding.get("message").asText());
            for (JsonNode related : finding.path("related")) {
                line.append(" | ").append(range(related)).append(' ').append(related.get("message").asText());
            }
            for (JsonNode edit : finding.path("fix").path("edits")) {
                line.append(" || ").append(at(text, edit.get("offset").asInt())).append('-')
                        .append(at(text, edit.get("endOffset").asInt())).append(' ').append(edit.get("text").asText());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> describe(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            StringBuilder line = new StringBuilder();
            line.append(diagnostic.getCode().getLeft()).append(' ').append(diagnostic.getSeverity()).append(' ')
                    .append(range(diagnostic.getRange())).append(' ').append(diagnostic.getMessage().getLeft());
            if (diagnostic.getRelatedInformation() != null) {
                for (DiagnosticRelatedInformation related : diagnostic.getRelatedInformation()) {
                    line.append(" | ").append(range(related.getLocation().getRange())).append(' ')
                            .append(related.getMessage());
                }
            }
            FindingData data = FindingData.of(diagnostic.getData()).orElseThrow();
            for (FindingData.Edit edit : data.edits()) {
                line.append(" || ").append(position(edit.range().getStart())).append('-')
                        .append(position(edit.range().getEnd())).append(' ').append(edit.newText());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static DiagnosticSeverity severity(String id) {
        return switch (id) {
            case "error" -> DiagnosticSeverity.Error;
            case "warning" -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        };
    }

    /** JSON lines and columns are 1-based, the end column exclusive; LSP's are 0-based. */
    private static String range(JsonNode located) {
        return (located.get("line").asInt() - 1) + ":" + (located.get("column").asInt() - 1) + "-"
                + (located.get("endLine").asInt() - 1) + ":" + (located.get("endColumn").asInt() - 1);
    }

    private static String range(org.eclipse.lsp4j.Range range) {
        return position(range.getStart()) + "-" + position(range.getEnd());
    }

    private static String position(Position position) {
        return position.getLine() + ":" + position.getCharacter();
    }

    /** The LSP position of a UTF-16 offset: lines end at \n, \r\n or a lone \r. */
    private static String at(String text, int offset) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                start = i + 1;
            }
        }
        return line + ":" + (offset - start);
    }

    private static String languageOf(String name) {
        return name.endsWith(".html") ? "html" : name.endsWith(".md") ? "markdown" : "plaintext";
    }
}
