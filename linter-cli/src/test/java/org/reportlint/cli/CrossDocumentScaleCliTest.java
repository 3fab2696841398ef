package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the cross-document rules keep a small value per document, not the documents, so one run over 10,000
 * reports with every built-in cross-document rule (those of the recommended preset) goes through a JVM whose heap
 * could not hold the reports' text many times over, and finds the copies hidden among them. Not timed; the reports
 * are small so that it takes seconds, not minutes.
 */
class CrossDocumentScaleCliTest {
    private static final int FILES = 10_000;
    /** Every this many reports, one is a copy of an earlier one under another title. */
    private static final int COPY_EVERY = 1_000;
    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    @Test
    void tenThousandReportsInOneRunWithASmallHeap() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path folder = Files.createDirectories(reports.resolve(String.format(Locale.ROOT, "v%02d", i % 50)));
            String name = String.format(Locale.ROOT, "r%05d.html", i);
            if (i % COPY_EVERY == COPY_EVERY - 1) {
                int original = i - COPY_EVERY / 2;
                Files.writeString(folder.resolve(name), GeneratedMarketReports.report(original)
                        .replace("<title>", "<title>Reissued: "), StandardCharsets.UTF_8);
                copies.add("reports/" + folder.getFileName() + "/" + name);
            } else {
                Files.writeString(folder.resolve(name), GeneratedMarketReports.report(i), StandardCharsets.UTF_8);
            }
        }
        // Only the rules across documents: what is measured here is what they keep, not the single-document rules.
        Files.writeString(dir.resolve(".reportlint.json"), "{\"root\": true, \"extends\": \"none\", \"rules\": {"
                + String.join(", ", crossDocumentRules().stream().map(id -> "\"" + id + "\": \"warning\"").toList())
                + "}}");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--no-color", "--threads", "2", "-f", "json=report.json", "reports")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(dir.resolve("err.log").toFile())
                .start();
        int exit = process.waitFor();
        String err = Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8);
        assertEquals(0, exit, "warnings do not fail the run, and nothing is incomplete: " + err);
        assertFalse(err.contains("memory"), err);
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(FILES, report.get("summary").get("files").intValue());
        List<String> duplicates = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            assertEquals(0, file.get("errors").size(), file.toString());
            for (JsonNode finding : file.get("findings")) {
                assertFalse(finding.get("rule").textValue().equals("internal-error"), finding.toString());
                if (finding.get("rule").textValue().equals("duplicate-report")) {
                    duplicates.add(file.get("path").textValue());
                }
            }
        }
        assertEquals(copies.stream().sorted().toList(), duplicates.stream().sorted().toList(),
                "each copy is found, in its own file, and nothing else of one template is");
    }

    private static List<String> crossDocumentRules() {
        List<String> ids = new ArrayList<>();
        org.reportlint.core.config.RuleRegistry.load(CrossDocumentScaleCliTest.class.getClassLoader())
                .crossDocumentRules().stream().map(rule -> rule.metadata().id())
                // The test rules of this module are not built in.
                .filter(id -> !id.startsWith("test-")).forEach(ids::add);
        assertTrue(ids.contains("duplicate-report"), ids.toString());
        return ids;
    }
}
