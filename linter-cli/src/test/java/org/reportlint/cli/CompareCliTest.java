package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reportlint compare} on two real runs, before and after an edit, in each format. */
class CompareCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void twoRuns() throws Exception {
        cli = CliRun.in(dir).testRulesOnly();
        cli.file("r/a.html", "<p>oops here</p>\n<p>and hmm there</p>\n");
        cli.file("r/b.html", "<p>hmm</p>\n");
        cli.run("-f", "json=old.json", "r");
        // Lines move in a.html (its findings stay), b.html's warning is fixed and a new error comes.
        cli.file("r/a.html", "<h1>Title</h1>\n<p>intro</p>\n<p>oops here</p>\n<p>and hmm there</p>\n");
        cli.file("r/b.html", "<p>fine, but oops</p>\n");
        cli.run("-f", "json=new.json", "r");
    }

    @Test
    void matchesByFingerprintNotByLine() throws Exception {
        CliRun.Result result = cli.run("compare", "-f", "json", "old.json", "new.json");
        assertEquals(1, result.exitCode(), result.err());
        JsonNode report = JSON.readTree(result.out());
        assertEquals(1, report.get("summary").get("new").intValue());
        assertEquals(1, report.get("summary").get("resolved").intValue());
        assertEquals(2, report.get("summary").get("unchanged").intValue(), "a.html's two findings moved lines");
        JsonNode a = report.get("files").get(0);
        assertEquals("r/a.html", a.get("path").textValue());
        assertEquals(0, a.get("new").intValue());
        assertEquals(3, a.get("findings").get(0).get("line").intValue(), "the new run's line");
        assertEquals(1, report.get("rules").get("test-oops").get("new").intValue());
        assertEquals(1, report.get("rules").get("test-hmm").get("resolved").intValue());
    }

    @Test
    void textListsNewAndResolvedThenPerRuleAndDocument() {
        CliRun.Result result = cli.run("compare", "old.json", "new.json");
        assertEquals(1, result.exitCode());
        assertTrue(result.out().startsWith("new  r/b.html:1:"), result.out());
        assertTrue(result.out().contains("resolved  r/b.html:1:4  warning"), result.out());
        assertTrue(result.out().contains("test-hmm: 0 new, 1 resolved, 1 unchanged\n"), result.out());
        assertTrue(result.out().contains("r/b.html: 1 new, 1 resolved, score 86 -> 61\n"), result.out());
        assertTrue(result.out().endsWith("1 new, 1 resolved, 2 unchanged\n"), result.out());
    }

    @Test
    void markdownAndHtml() throws Exception {
        CliRun.Result markdown = cli.run("compare", "-f", "markdown", "old.json", "new.json");
        assertTrue(markdown.out().contains("| `test-oops` | 1 | 0 | 1 |\n"), markdown.out());
        assertTrue(markdown.out().contains("### New findings\n\n- `r/b.html:1` error `test-oops`"), markdown.out());
        CliRun.Result html = cli.run("compare", "-f", "html", "-o", "out/diff.html", "old.json", "new.json");
        assertEquals(1, html.exitCode());
        String page = Files.readString(dir.resolve("out/diff.html"));
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("1 new, 1 resolved, 2 unchanged"), page);
        assertFalse(page.contains("<script") || page.contains("src=\"http"), "self-contained, no scripts");
    }

    @Test
    void exitCodesFollowFailOnForNewFindingsOnly() {
        assertEquals(0, cli.run("compare", "--fail-on", "never", "old.json", "new.json").exitCode());
        assertEquals(0, cli.run("compare", "new.json", "new.json").exitCode(), "nothing new");
        assertEquals(0, cli.run("compare", "new.json", "old.json").exitCode(), "only a warning is new");
        assertEquals(1, cli.run("compare", "--fail-on", "warning", "new.json", "old.json").exitCode());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        cli.file("bad.json", "{\"not\": \"a report\"}");
        CliRun.Result result = cli.run("compare", "bad.json", "new.json");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: bad.json: not a reportlint JSON report (written by -f json)\n", result.err());
        assertEquals(2, cli.run("compare", "missing.json", "new.json").exitCode());
        assertEquals(2, cli.run("compare", "-f", "xml", "old.json", "new.json").exitCode());
    }

    @Test
    void theScorecardCountsWhatChangedSinceAnEarlierReport() throws Exception {
        CliRun.Result result = cli.run("-f", "markdown", "--compare-to", "old.json", "--link-base",
                "https://example.test/blob/main/", "r");
        assertTrue(result.out().contains("Since `old.json`: **1 new**, **1 resolved**.\n"), result.out());
        assertTrue(result.out().contains("](https://example.test/blob/main/r/b.html#L1)"), result.out());
    }
}
