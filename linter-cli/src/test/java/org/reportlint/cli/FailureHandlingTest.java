package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures of the tool itself: one line and exit 3, a stack trace only under --debug. */
class FailureHandlingTest {
    @TempDir
    Path dir;

    @Test
    void unreadableStandardInputExitsThree() {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().stdin(() -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        }).run("-");
        assertEquals(3, result.exitCode());
        assertEquals("reportlint: cannot read standard input: Input/output error\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void anInternalErrorIsOneLineWithoutDebug() {
        CliRun cli = CliRun.in(dir).rules(() -> {
            throw new UnsupportedOperationException("kaput\nsecond line");
        });
        CliRun.Result result = cli.run(".");
        assertEquals(3, result.exitCode());
        assertEquals("reportlint: internal error: UnsupportedOperationException: kaput\n"
                + "Run again with --debug for the stack trace.\n", result.err());
        CliRun.Result debug = cli.run("check", "--debug", ".");
        assertEquals(3, debug.exitCode());
        assertTrue(debug.err().startsWith("reportlint: internal error: UnsupportedOperationException: kaput\n"
                + "java.lang.UnsupportedOperationException: kaput\n"), debug.err());
        assertTrue(debug.err().contains("\tat org.reportlint.cli."), debug.err());
    }

    @Test
    void aBrokenRuleJarIsAUsageError() {
        CliRun.Result result = CliRun.in(dir).rules(() -> {
            throw new IllegalStateException("two rules have the id \"x\": a.X and b.X");
        }).run("rules");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: cannot load rules: two rules have the id \"x\": a.X and b.X\n", result.err());
    }
    /**
     * A decoder that throws (a third-party charset with a bug, here {@code testcharsets.BrokenCharsetProvider}) is
     * the error of the file it decodes: one line naming it, and the other files are still linted and reported.
     */
    @Test
    void anExceptionWhileDecodingOneFileIsThatFilesErrorAndTheRestIsLinted() throws IOException {
        byte[] head = "<meta charset=\"x-reportlint-broken\"><p>caf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] broken = java.util.Arrays.copyOf(head, head.length + 1);
        broken[head.length] = (byte) 0xE9;
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>oops</p>\n").file("b.html", broken)
                .file("c.html", "<p>oops</p>\n");
        CliRun.Result result = cli.run("--no-color", "-f", "json", ".");
        assertEquals(3, result.exitCode(), result.err());
        assertEquals("reportlint: b.html: cannot parse: IllegalStateException: decoder bug at byte 233\n",
                result.err());
        com.fasterxml.jackson.databind.JsonNode files = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(result.out()).get("files");
        assertEquals(3, files.size());
        assertEquals(1, files.get(0).get("findings").size(), "a.html is linted");
        assertEquals(0, files.get(1).get("findings").size());
        assertEquals(1, files.get(2).get("findings").size(), "c.html is linted");

        CliRun.Result fix = cli.run("--no-color", "--fix", ".");
        assertEquals(3, fix.exitCode(), fix.err());
        assertTrue(fix.err().startsWith(
                "reportlint: b.html: not fixed: IllegalStateException: decoder bug at byte 233\n"), fix.err());
        assertEquals("<p>okay</p>\n", java.nio.file.Files.readString(dir.resolve("a.html")), "a.html is fixed");
        assertEquals("<p>okay</p>\n", java.nio.file.Files.readString(dir.resolve("c.html")), "c.html is fixed");
        assertTrue(java.util.Arrays.equals(broken, java.nio.file.Files.readAllBytes(dir.resolve("b.html"))));
    }
}
