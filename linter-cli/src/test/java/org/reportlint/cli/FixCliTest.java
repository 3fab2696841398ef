package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fix and --fix-dry-run end to end: what is written, what is kept, and what is left alone. */
class FixCliTest {

    @TempDir
    Path dir;

    @Test
    void fixWritesAndReportsWhatRemains() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>oops and oops, hmm</p>\n");
        CliRun.Result result = cli.run("--fix", "a.html");
        assertEquals(0, result.exitCode(), result.out());
        assertEquals("<p>okay and okay, hmm</p>\n", Files.readString(dir.resolve("a.html")));
        assertEquals("reportlint: fixed 2 problems in 1 file\n", result.err());
        assertTrue(result.out().contains("test-hmm"), result.out());
        assertTrue(!result.out().contains("test-oops"), result.out());
    }

    @Test
    void keepsBomAndCrLfAndIsIdempotent() throws Exception {
        byte[] original = "\uFEFF<p>one</p>\r\n<p>oops</p>\r\n".getBytes(StandardCharsets.UTF_8);
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", original);
        cli.run("--fix", "a.html");
        byte[] fixed = Files.readAllBytes(dir.resolve("a.html"));
        assertArrayEquals("\uFEFF<p>one</p>\r\n<p>okay</p>\r\n".getBytes(StandardCharsets.UTF_8), fixed);
        FileTime written = Files.getLastModifiedTime(dir.resolve("a.html"));
        Files.setLastModifiedTime(dir.resolve("a.html"), FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime before = Files.getLastModifiedTime(dir.resolve("a.html"));
        CliRun.Result again = cli.run("--fix", "a.html");
        assertEquals("reportlint: fixed 0 problems in 0 files\n", again.err());
        assertEquals(before, Files.getLastModifiedTime(dir.resolve("a.html")), "a file with nothing to fix is not touched");
    }

    @Test
    void dryRunPrintsADiffAndWritesNothing() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>fine</p>\n<p>oops</p>\n");
        CliRun.Result result = cli.run("--fix-dry-run", "a.html");
        assertEquals("<p>fine</p>\n<p>oops</p>\n", Files.readString(dir.resolve("a.html")));
        assertTrue(result.out().startsWith("--- a/a.html\n+++ b/a.html\n@@ -1,2 +1,2 @@\n <p>fine</p>\n-<p>oops</p>\n+<p>okay</p>\n"),
                result.out());
        assertEquals(1, result.exitCode(), "the findings are still there");
    }

    @Test
    void readOnlyFileIsReportedAndKept() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>oops</p>\n");
        Path file = dir.resolve("a.html");
        // Only the write bits are cleared: as root the system would still let the file be written, and the mark
        // itself is what --fix respects.
        assertTrue(file.toFile().setWritable(false, false));
        CliRun.Result result = cli.run("--fix", "a.html");
        assertEquals(3, result.exitCode());
        assertEquals("<p>oops</p>\n", Files.readString(file));
        assertTrue(result.err().contains("reportlint: a.html: not fixed: the file is read-only\n"), result.err());
        assertEquals(false, result.err().contains("permission denied"), result.err());
    }

    @Test
    void readOnlyFolderIsReportedAndKept() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("ro/a.html", "<p>oops</p>\n");
        Path folder = dir.resolve("ro");
        assertTrue(folder.toFile().setWritable(false));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "running as root: read-only folders are writable");
            CliRun.Result result = cli.run("--fix", "ro");
            assertEquals(3, result.exitCode());
            assertEquals("<p>oops</p>\n", Files.readString(folder.resolve("a.html")));
        } finally {
            folder.toFile().setWritable(true);
        }
    }

    @Test
    void fixAndStandardInputDoNotMix() {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().stdin("oops").run("--fix", "-");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: --fix cannot write back to standard input; use --fix-dry-run\n", result.err());
    }

    @Test
    void statsGoToStandardError() throws Exception {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().file("a.html", "<p>hmm</p>").run("--stats", "a.html");
        assertTrue(result.err().startsWith("reportlint stats: 1 files, "), result.err());
        assertTrue(result.err().contains("read + parse"), result.err());
        assertTrue(result.err().contains("test-hmm"), result.err());
    }

    @Test
    void dryRunShowsControlCharactersAndBidiOverridesAsVisibleStandIns() throws Exception {
        String hostile = "<p>fine\u001b[2J\u0007 \u202Eevil\u202C \u2066x\u2069\tend</p>\n<p>oops</p>\n";
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a\u001b]0;t\u0007.html", hostile);
        String diff = cli.run("--fix-dry-run", "a\u001b]0;t\u0007.html").out();
        assertTrue(diff.startsWith("--- a/a\u241b]0;t\u2407.html\n+++ b/a\u241b]0;t\u2407.html\n@@ -1,2 +1,2 @@\n"
                + " <p>fine\u241b[2J\u2407 \uFFFDevil\uFFFD \uFFFDx\uFFFD\tend</p>\n-<p>oops</p>\n+<p>okay</p>\n"), diff);
        for (char c : diff.toCharArray()) {
            assertTrue(c >= 0x20 && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) || c == '\n'
                    || c == '\t', "unescaped U+" + Integer.toHexString(c));
        }
    }
}
