package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report's field names, order and types, which tools depend on. */
class JsonReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void namesEveryFieldExactlyAndTypesThem() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file("reports/a.html", "<p>oops and hmm</p>\n<p>hmm</p>\n")
                .file("reports/clean.txt", "nothing here\n");
        CliRun.Result result = cli.run("check", "--format", "json", "reports");
        assertEquals(1, result.exitCode());
        assertTrue(result.out().endsWith("}\n"));
        JsonNode report = JSON.readTree(result.out());

        assertEquals(List.of("schemaVersion", "tool", "files", "summary", "groups"), fields(report));
        assertEquals(1, report.get("schemaVersion").intValue());
        assertEquals(List.of("name", "version"), fields(report.get("tool")));
        assertEquals("reportlint", report.get("tool").get("name").textValue());
        assertTrue(report.get("tool").get("version").isTextual());

        JsonNode files = report.get("files");
        assertEquals(2, files.size());
        JsonNode file = files.get(0);
        assertEquals(List.of("path", "format", "findings", "errors", "notices", "suppressed", "words", "score"),
                fields(file));
        assertEquals(4, file.get("words").intValue(), "oops and hmm, hmm: the text, not the tags");
        assertEquals(45, file.get("score").intValue(), "weight 16 in under 500 words: 100 * e^-0.8");
        assertEquals(100, files.get(1).get("score").intValue(), "a clean document");
        assertEquals("reports/a.html", file.get("path").textValue());
        assertEquals("html", file.get("format").textValue());
        assertEquals("text", files.get(1).get("format").textValue());
        assertEquals("reports/clean.txt", files.get(1).get("path").textValue());

        JsonNode oops = file.get("findings").get(0);
        assertEquals(List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn", "offset",
                "endOffset", "related", "fix", "fingerprint"), fields(oops));
        assertTrue(oops.get("fingerprint").textValue().matches("[0-9a-f]{32}"), oops.toString());
        assertEquals("test-oops", oops.get("rule").textValue());
        assertEquals("error", oops.get("severity").textValue());
        assertEquals("Word \"oops\" in text", oops.get("message").textValue());
        assertEquals(List.of(1, 4, 1, 8, 3, 7), List.of(oops.get("line").intValue(), oops.get("column").intValue(),
                oops.get("endLine").intValue(), oops.get("endColumn").intValue(), oops.get("offset").intValue(),
                oops.get("endOffset").intValue()));
        assertTrue(oops.get("related").isArray() && oops.get("related").isEmpty());
        JsonNode edit = oops.get("fix").get("edits").get(0);
        assertEquals(List.of("edits"), fields(oops.get("fix")));
        assertEquals(List.of("offset", "endOffset", "text"), fields(edit));
        assertEquals(List.of(3, 7), List.of(edit.get("offset").intValue(), edit.get("endOffset").intValue()));
        assertEquals("okay", edit.get("text").textValue());

        JsonNode secondHmm = file.get("findings").get(2);
        assertEquals(List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn", "offset",
                "endOffset", "related", "fingerprint"), fields(secondHmm), "no fix, no fix field");
        JsonNode related = secondHmm.get("related").get(0);
        assertEquals(List.of("message", "line", "column", "endLine", "endColumn"), fields(related));
        assertEquals("first hmm", related.get("message").textValue());
        assertEquals(List.of(1, 13, 1, 16), List.of(related.get("line").intValue(), related.get("column").intValue(),
                related.get("endLine").intValue(), related.get("endColumn").intValue()));

        JsonNode summary = report.get("summary");
        assertEquals(List.of("files", "errors", "warnings", "infos", "fixable", "suppressed", "skipped", "score"),
                fields(summary));
        assertEquals(63, summary.get("score").intValue(), "(45 * 4 words + 100 * 2 words) / 6 words");
        assertEquals(List.of(2, 1, 2, 0, 1, 0), List.of(summary.get("files").intValue(),
                summary.get("errors").intValue(), summary.get("warnings").intValue(), summary.get("infos").intValue(),
                summary.get("fixable").intValue(), summary.get("suppressed").intValue()));
    }

    @Test
    void anUnreadableFileHasANullFormatAndAnError() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>fine</p>");
        java.nio.file.Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("nowhere.html"));
        JsonNode report = JSON.readTree(cli.run("-f", "json", ".").out());
        JsonNode gone = report.get("files").get(1);
        assertEquals("gone.html", gone.get("path").textValue());
        assertTrue(gone.get("format").isNull());
        assertEquals("cannot read: no such file", gone.get("errors").get(0).get("message").textValue());
        assertEquals(List.of("message"), fields(gone.get("errors").get(0)));
    }
}
