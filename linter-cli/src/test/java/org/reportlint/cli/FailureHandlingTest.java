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
}
