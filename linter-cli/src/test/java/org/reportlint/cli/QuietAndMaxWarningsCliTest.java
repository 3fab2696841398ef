package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quiet} and the line that says {@code --max-warnings} failed the run, with the test rules only. */
class QuietAndMaxWarningsCliTest {
    private static final String DEFECTS = "<p>oops and hmm</p>\n<p>hmm</p>\n";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = CliRun.in(dir).testRulesOnly();
    }

    @Test
    void quietReportsErrorsOnly() throws Exception {
        cli.file("a.html", DEFECTS);
        CliRun.Result result = cli.run("--quiet", "a.html");
        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains("test-oops"), result.out());
        assertTrue(!result.out().contains("test-hmm"), result.out());
        assertTrue(result.out().endsWith("\u2716 1 problem (1 error, 0 warnings, 0 infos), 1 fixable\n"), result.out());
        CliRun.Result json = cli.run("-q", "-f", "json", "a.html");
        assertEquals(1, json.out().split("\"rule\":", -1).length - 1, json.out());
        assertTrue(json.out().contains("\"warnings\":0"), json.out());
    }

    @Test
    void quietWarningsDoNotFailOnWarning() throws Exception {
        cli.file("a.html", "<p>hmm</p>\n");
        assertEquals(1, cli.run("--fail-on", "warning", "a.html").exitCode());
        CliRun.Result result = cli.run("--quiet", "--fail-on", "warning", "a.html");
        assertEquals(0, result.exitCode(), result.out());
        assertEquals("No problems found in 1 file\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void maxWarningsStillCountsTheWarningsQuietHides() throws Exception {
        cli.file("a.html", DEFECTS.replace("oops", "fine"));
        CliRun.Result result = cli.run("--quiet", "--max-warnings", "1", "a.html");
        assertEquals(1, result.exitCode());
        assertEquals("No problems found in 1 file\n", result.out());
        assertEquals("reportlint: 2 warnings exceed --max-warnings 1\n", result.err());
        assertEquals(0, cli.run("--quiet", "--max-warnings", "2", "a.html").exitCode());
    }

    @Test
    void theRunSaysWhenMaxWarningsFailedIt() throws Exception {
        cli.file("a.html", DEFECTS.replace("oops", "fine"));
        CliRun.Result result = cli.run("--max-warnings", "1", "a.html");
        assertEquals(1, result.exitCode());
        assertEquals("reportlint: 2 warnings exceed --max-warnings 1\n", result.err());
        result = cli.run("--max-warnings", "0", "-f", "json=r.json", "a.html");
        assertEquals("reportlint: 2 warnings exceed --max-warnings 0\n", result.err());
        assertEquals("", cli.run("--max-warnings", "2", "a.html").err(), "within the limit: nothing said");
        assertEquals("", cli.run("a.html").err(), "no limit");
    }

    @Test
    void mergeSaysSoToo() throws Exception {
        cli.file("a.html", DEFECTS.replace("oops", "fine"));
        assertEquals(0, cli.run("--fail-on", "never", "--shard", "1/1", "-f", "json=s.json", "a.html").exitCode());
        CliRun.Result merged = cli.run("merge", "--max-warnings", "1", "-f", "json=m.json", "s.json");
        assertEquals(1, merged.exitCode());
        assertEquals("reportlint: 2 warnings exceed --max-warnings 1\n", merged.err());
    }
}
