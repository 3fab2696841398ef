package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --min-score}: its exit codes and the line naming each document below, with the test rules only. */
class MinScoreCliTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        // Scores (docs/scoring.md), all under 500 words: clean 100; one warning 86; one error and a warning 52.
        cli = CliRun.in(dir).testRulesOnly()
                .file("a.html", "<p>all good</p>\n")
                .file("b.html", "<p>hmm</p>\n")
                .file("c.html", "<p>oops, hmm</p>\n");
    }

    @Test
    void aDocumentBelowTheMinimumFailsTheRunAndIsNamed() {
        CliRun.Result result = cli.run("--fail-on", "never", "--min-score", "90", "a.html", "b.html", "c.html");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("reportlint: b.html: score 86 is below the minimum 90\n"
                + "reportlint: c.html: score 52 is below the minimum 90\n", result.err());
    }

    @Test
    void aScoreEqualToTheMinimumPasses() {
        CliRun.Result result = cli.run("--fail-on", "never", "--min-score", "86", "a.html", "b.html");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertEquals(0, cli.run("--fail-on", "never", "--min-score", "0", "c.html").exitCode());
        assertEquals(0, cli.run("--min-score", "100", "a.html").exitCode());
        assertEquals(1, cli.run("--fail-on", "never", "--min-score", "100", "b.html").exitCode());
    }

    @Test
    void findingsThatFailTheRunStillExitOneAndTheDocumentsBelowAreStillNamed() {
        CliRun.Result result = cli.run("--min-score", "60", "c.html");
        assertEquals(1, result.exitCode());
        assertEquals("reportlint: c.html: score 52 is below the minimum 60\n", result.err());
    }

    @Test
    void aRunThatCouldNotLintEverythingKeepsExitCodeThree() throws Exception {
        cli.file("d.html", "<p>KABOOM hmm</p>\n");
        CliRun.Result result = cli.run("--fail-on", "never", "--min-score", "90", "b.html", "d.html");
        assertEquals(3, result.exitCode(), result.err());
        assertEquals(true, result.err().contains("reportlint: b.html: score 86 is below the minimum 90\n"),
                result.err());
    }

    @Test
    void aMinimumOutsideZeroToOneHundredIsAUsageError() {
        CliRun.Result result = cli.run("--min-score", "101", "a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: --min-score must be 0 to 100, not 101\n", result.err());
        assertEquals(2, cli.run("--min-score", "-1", "a.html").exitCode());
        assertEquals(2, cli.run("--min-score", "high", "a.html").exitCode());
    }

    @Test
    void quietJudgesTheScoresOfWhatItReports() {
        CliRun.Result result = cli.run("--quiet", "--min-score", "90", "b.html");
        assertEquals(0, result.exitCode(), "the warning is neither reported nor scored: " + result.err());
    }
}
