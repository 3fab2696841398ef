package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A path or glob that gives nothing to lint is a usage error, so a typo cannot turn CI green with 0 files. */
class UnmatchedPathsCliTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWhereTheIncludesMatchNothingIsAnError() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\"root\": true, \"include\": [\"**/*.htm\"]}")
                .file("reports/a.html", "<p>oops</p>\n");
        CliRun.Result result = cli.run("reports");
        assertEquals(2, result.exitCode(), result.err());
        assertEquals("reportlint: nothing to lint in \"reports\": no file there matches the include globs (**/*.htm); "
                + "pass --no-error-on-unmatched-pattern to allow it\n", result.err());
        assertEquals("", result.out());
        CliRun.Result allowed = cli.run("--no-error-on-unmatched-pattern", "reports");
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertEquals("No problems found in 0 files\n", allowed.out());
    }

    @Test
    void globsOnTheCommandLineChooseTheFiles() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file("reports/a.html", "<p>oops</p>\n").file("reports/deep/b.html", "<p>oops</p>\n")
                .file("reports/c.md", "oops\n").file("reports/.hidden/d.html", "<p>oops</p>\n")
                .file("other/e.html", "<p>oops</p>\n");
        CliRun.Result result = cli.run("-f", "compact", "reports/**/*.html");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(java.util.List.of("reports/a.html", "reports/deep/b.html"), result.out().lines()
                .map(line -> line.substring(0, line.indexOf(':'))).toList());
        CliRun.Result ownFolder = cli.run("-f", "compact", "reports/*.md");
        assertTrue(ownFolder.out().startsWith("reports/c.md:1:1:"), ownFolder.out());
    }

    @Test
    void aGlobThatMatchesNothingIsAnErrorAndAMissingFileStaysOne() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("reports/a.html", "<p>oops</p>\n");
        CliRun.Result glob = cli.run("reports/**/*.xml");
        assertEquals(2, glob.exitCode());
        assertEquals("reportlint: no file matches \"reports/**/*.xml\"; pass --no-error-on-unmatched-pattern to allow "
                + "it\n", glob.err());
        CliRun.Result missing = cli.run("reprots/a.html");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("reprots/a.html"), missing.err());
    }
}
