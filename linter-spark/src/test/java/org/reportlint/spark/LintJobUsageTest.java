package org.reportlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's exit codes and one-line messages for bad input, and a cross-document rule that cannot travel. */
class LintJobUsageTest {
    @TempDir
    Path work;

    @Test
    void anInvalidConfigStopsTheJobWithItsPositionBeforeSparkStarts() throws IOException {
        Path config = Files.writeString(work.resolve("bad.json"), "{\n  \"rules\": {\"placeholdr\": \"error\"}\n}\n");
        JobMatchesCliTest.Job job = run("--output", work.resolve("out").toString(), "--config", config.toString(),
                work.toString());
        assertEquals(2, job.exitCode());
        assertTrue(job.err().startsWith("reportlint-spark: "), job.err());
        assertTrue(job.err().contains("bad.json:2:"), job.err());
        assertTrue(job.err().contains("placeholder"), job.err());
        assertEquals(2, job.err().lines().count(), job.err());
    }

    @Test
    void aMissingConfigOrInputOrAnExistingOutputIsAUsageError() throws IOException {
        assertEquals("reportlint-spark: no such config file: " + work.resolve("none.json"), run("--output",
                work.resolve("o").toString(), "--config", work.resolve("none.json").toString(), work.toString())
                .err().lines().findFirst().orElseThrow());
        JobMatchesCliTest.Job missing = run("--output", work.resolve("o").toString(), work.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("reportlint-spark: no such file or folder: " + work.resolve("nowhere"), missing.err().strip());
        Files.createDirectories(work.resolve("taken"));
        JobMatchesCliTest.Job taken = run("--output", work.resolve("taken").toString(), work.toString());
        assertEquals(2, taken.exitCode());
        assertEquals("reportlint-spark: output " + work.resolve("taken") + " exists (use --overwrite to replace it)",
                taken.err().strip());
    }

    @Test
    void aCrossDocumentRuleWithoutACodecIsNamedAndTheRunIsIncomplete() throws IOException {
        Files.writeString(work.resolve("a.md"), "# One\n\nFine.\n");
        Files.writeString(work.resolve("b.md"), "# Two\n\nFine too.\n");
        JobMatchesCliTest.Job job = run("--output", work.resolve("out").toString(), "--rule", "test-counting",
                work.toString());
        assertEquals(3, job.exitCode(), job.err());
        assertTrue(job.err().contains("no findings of test-counting: cross-document rules without a codec"),
                job.err());
        assertTrue(job.out().contains("2 files: 0 errors, 0 warnings, 0 infos"), job.out());
    }

    private static JobMatchesCliTest.Job run(String... args) {
        return JobMatchesCliTest.job(args);
    }
}
