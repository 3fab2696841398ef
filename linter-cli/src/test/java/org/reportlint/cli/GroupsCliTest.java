package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Groups of documents, configured or by folder, as the real command line reports them. */
class GroupsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = CliRun.in(dir).testRulesOnly()
                .file("reports/vendor-a/one.html", "<p>oops</p>\n")
                .file("reports/vendor-a/two.html", "<p>hmm</p>\n")
                .file("reports/vendor-b/three.html", "<p>fine</p>\n")
                .file("reports/misc.html", "<p>fine</p>\n");
    }

    private JsonNode groups(String... args) throws Exception {
        CliRun.Result result = cli.run(args);
        assertTrue(result.exitCode() <= 1, result.err());
        return JSON.readTree(result.out()).get("groups");
    }

    @Test
    void withoutConfigurationEachFolderBelowTheSharedOneIsAGroup() throws Exception {
        JsonNode groups = groups("-f", "json", "reports");
        assertEquals(List.of("(top level)", "vendor-a", "vendor-b"), JsonReportTest.fields(groups));
        JsonNode vendorA = groups.get("vendor-a");
        assertEquals(List.of("files", "errors", "warnings", "infos", "fixable", "words", "score"),
                JsonReportTest.fields(vendorA));
        assertEquals(List.of(2, 1, 1, 0), List.of(vendorA.get("files").intValue(), vendorA.get("errors").intValue(),
                vendorA.get("warnings").intValue(), vendorA.get("infos").intValue()));
        // one.html scores 61 (one error), two.html 86 (one warning), one word each: (61 + 86) / 2.
        assertEquals(74, vendorA.get("score").intValue());
        assertEquals(100, groups.get("vendor-b").get("score").intValue());
    }

    @Test
    void configuredGroupsMatchRelativeToTheConfigsFolderFirstMatchFirst() throws Exception {
        cli.file(".reportlint.json", "{\"groups\": {\"template-2\": [\"reports/vendor-a/two.html\"],"
                + " \"vendor-a\": [\"reports/vendor-a/**\"], \"vendor-b\": [\"reports/vendor-b/**\"]}}");
        JsonNode groups = groups("-f", "json", "reports");
        assertEquals(List.of("template-2", "vendor-a", "vendor-b", "other"), JsonReportTest.fields(groups));
        assertEquals(1, groups.get("template-2").get("files").intValue());
        assertEquals(1, groups.get("other").get("files").intValue(), "reports/misc.html");
        JsonNode fromInside = JSON.readTree(cli.run("-f", "json", "-c", ".reportlint.json", "reports").out())
                .get("groups");
        assertEquals(JsonReportTest.fields(groups), JsonReportTest.fields(fromInside));
    }

    @Test
    void aBadGroupIsAConfigurationErrorWithItsPosition() throws Exception {
        cli.file(".reportlint.json", "{\n  \"groups\": {\"vendor-a\": \"reports/vendor-a/**\"}\n}\n");
        CliRun.Result result = cli.run("reports");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: .reportlint.json:2:26: group \"vendor-a\" must be a non-empty list of globs, "
                + "not string\n", result.err());
    }

    @Test
    void textAndMarkdownShowEachGroupsScore() {
        CliRun.Result text = cli.run("--fail-on", "never", "reports");
        assertTrue(text.out().contains("Groups:\n  (top level)  score 100, 1 file, 0 problems\n"
                + "  vendor-a  score 74, 2 files, 2 problems\n  vendor-b  score 100, 1 file, 0 problems\n"),
                text.out());
        assertTrue(text.out().contains("overall; lowest: reports/vendor-a/one.html 61, reports/vendor-a/two.html 86\n"),
                text.out());
        CliRun.Result markdown = cli.run("-f", "markdown", "reports");
        assertTrue(markdown.out().contains("### Groups\n\n| Group | Score | Files | Errors | Warnings | Infos |\n"
                + "|---|---:|---:|---:|---:|---:|\n| `(top level)` | 100 | 1 | 0 | 0 | 0 |\n"
                + "| `vendor-a` | 74 | 2 | 1 | 1 | 0 |\n"), markdown.out());
        assertTrue(markdown.out().contains("- **error** [reports/vendor-a/one.html:1](reports/vendor-a/one.html#L1)"),
                markdown.out());
    }
}
