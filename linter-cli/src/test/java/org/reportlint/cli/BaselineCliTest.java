package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adoption story: record a baseline, edit the report, and see only what is new. */
class BaselineCliTest {
    private static final String REPORT = "<h1>Widget Market</h1>\n"
            + "<p>The market is estimated at $xxx million in 2024.</p>\n"
            + "<p>Leading vendors include Company A, Company B, and Company C.</p>\n";

    @TempDir
    Path dir;

    private int findings(CliRun.Result result) throws Exception {
        JsonNode summary = new ObjectMapper().readTree(result.out()).get("summary");
        return summary.get("errors").intValue() + summary.get("warnings").intValue() + summary.get("infos").intValue();
    }

    @Test
    void onlyNewFindingsAreReportedAndStaleEntriesArePrunable() throws Exception {
        CliRun cli = CliRun.in(dir).file("r.html", REPORT);
        CliRun.Result update = cli.run("--baseline", "baseline.json", "--update-baseline", "-f", "json", "r.html");
        assertEquals(0, update.exitCode(), update.err());
        assertTrue(update.err().contains("reportlint: wrote baseline"), update.err());
        String baseline = Files.readString(dir.resolve("baseline.json"));
        assertTrue(baseline.contains("\"rule\" : \"placeholder\""), baseline);

        cli.file("r.html", REPORT.replace("<h1>Widget Market</h1>\n",
                "<h1>Widget Market</h1>\n<p>A new introduction paragraph was added above the old text.</p>\n"));
        CliRun.Result moved = cli.run("--baseline", "baseline.json", "-f", "json", "r.html");
        assertEquals(0, moved.exitCode(), moved.out());
        assertEquals(0, findings(moved));

        cli.file("r.html", REPORT + "<p>Revenue reached $xxx billion in 2025.</p>\n");
        CliRun.Result added = cli.run("--baseline", "baseline.json", "-f", "json", "r.html");
        assertEquals(1, added.exitCode());
        assertEquals(1, findings(added));
        assertEquals(4, new ObjectMapper().readTree(added.out()).get("files").get(0).get("findings").get(0).get("line").intValue());

        cli.file("r.html", REPORT.replace("<p>The market is estimated at $xxx million in 2024.</p>\n", ""));
        CliRun.Result removed = cli.run("--baseline", "baseline.json", "-f", "json", "r.html");
        assertEquals(0, removed.exitCode());
        assertTrue(removed.err().contains("reportlint: baseline entry no longer matches: r.html placeholder"), removed.err());
        assertTrue(removed.err().contains("reportlint: 1 baseline entry can be pruned: run with --update-baseline"), removed.err());

        cli.run("--baseline", "baseline.json", "--update-baseline", "r.html");
        assertEquals(false, Files.readString(dir.resolve("baseline.json")).contains("$xxx million"));
    }

    @Test
    void aMissingBaselineIsAUsageError() throws Exception {
        CliRun.Result result = CliRun.in(dir).file("r.html", REPORT).run("--baseline", "none.json", "r.html");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().endsWith("none.json: baseline file not found (create it with --update-baseline)\n"), result.err());
        CliRun.Result alone = CliRun.in(dir).file("r.html", REPORT).run("--update-baseline", "r.html");
        assertEquals(2, alone.exitCode());
        assertEquals("reportlint: --update-baseline needs --baseline FILE\n", alone.err());
    }
}
