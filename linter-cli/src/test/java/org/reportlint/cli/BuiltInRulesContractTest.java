package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with every rule on the class path, the built-in ones included whatever they are by now: only the
 * contract is asserted (exit codes agree with the counts, every finding has the documented fields and types).
 */
class BuiltInRulesContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

    @TempDir
    Path dir;

    private CliRun sampleReports() throws Exception {
        return CliRun.in(dir)
                .file("reports/market.html", """
                        <html><head><title>Widget Market 2024-2030</title></head><body>
                        <h1>Widget Market Report</h1>
                        <p>The market was valued at $xxx billion in 2023 and will grow at a CAGR of x% to 2030.</p>
                        <h2>Key players</h2>
                        <ul><li>Company A</li><li>Company B</li><li>Company C</li></ul>
                        <p>Regions: <h3>North America</h3></p>
                        </div>
                        <h2>FAQ</h1>
                        </body></html>
                        """)
                .file("reports/clean.md", "# Notes\n\nThe widget market grew in 2023.\n")
                .file("reports/plain.txt", "Revenue reached USD 4.2 billion in 2023.\r\nNo forecast is given.\r\n");
    }

    @Test
    void everyFindingHasTheDocumentedFieldsAndTheExitCodeAgreesWithTheCounts() throws Exception {
        CliRun.Result result = sampleReports().run("check", "--format", "json", "reports");
        JsonNode report = JSON.readTree(result.out());
        JsonNode summary = report.get("summary");
        assertEquals(summary.get("errors").intValue() > 0 ? 1 : 0, result.exitCode(), result.err());
        assertEquals(3, summary.get("files").intValue());
        int errors = 0;
        for (JsonNode file : report.get("files")) {
            assertTrue(file.get("path").textValue().startsWith("reports/"));
            assertTrue(Set.of("html", "markdown", "text").contains(file.get("format").textValue()));
            for (JsonNode finding : file.get("findings")) {
                assertTrue(finding.get("rule").isTextual());
                assertTrue(SEVERITIES.contains(finding.get("severity").textValue()), finding.toString());
                assertTrue(finding.get("message").isTextual());
                for (String field : List.of("line", "column", "endLine", "endColumn", "offset", "endOffset")) {
                    assertTrue(finding.get(field).isInt(), field + " in " + finding);
                }
                assertTrue(finding.get("line").intValue() >= 1 && finding.get("column").intValue() >= 1);
                assertTrue(finding.get("endOffset").intValue() >= finding.get("offset").intValue());
                assertTrue(finding.get("related").isArray());
                if (finding.has("fix")) {
                    assertTrue(finding.get("fix").get("edits").isArray());
                }
                errors += finding.get("severity").textValue().equals("error") ? 1 : 0;
            }
        }
        assertEquals(errors, summary.get("errors").intValue());
    }

    @Test
    void failOnNeverAlwaysExitsZeroOnReadableInput() throws Exception {
        CliRun.Result result = sampleReports().run("check", "--format", "json", "--fail-on", "never", ".");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
    }

    @Test
    void textReportEndsWithASummaryLine() throws Exception {
        CliRun.Result result = sampleReports().run("reports");
        String[] lines = result.out().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.equals("No problems found in 3 files") || last.startsWith("\u2716 "), last);
    }

    @Test
    void deepNestingNeitherCrashesNorHangsAnyRule() throws Exception {
        CliRun cli = CliRun.in(dir).file("deep.html", "<div>".repeat(10_000) + "text" + "</div>".repeat(10_000));
        CliRun.Result result = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> cli.run("-f", "json", "."));
        assertTrue(result.exitCode() == 0 || result.exitCode() == 1, "exit " + result.exitCode() + ": " + result.err());
        assertTrue(JSON.readTree(result.out()).get("files").get(0).get("findings").isArray());
    }
}
