package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, the text report and the options of {@code check}, with the test rules only. */
class CheckCommandTest {
    private static final String DEFECTS = "<p>oops and hmm</p>\n<p>hmm</p>\n";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = CliRun.in(dir).testRulesOnly();
    }

    @Test
    void exitsZeroWhenNothingFails() throws Exception {
        cli.file("clean.html", "<p>All good.</p>\n");
        CliRun.Result result = cli.run("clean.html");
        assertEquals(0, result.exitCode());
        assertEquals("No problems found in 1 file\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void exitsOneOnAnErrorAndPrintsGroupedFindingsWithCodeFrames() throws Exception {
        cli.file("a.html", DEFECTS).file("b.html", "<p>fine</p>");
        CliRun.Result result = cli.run("check", ".");
        assertEquals(1, result.exitCode());
        assertEquals("""
                a.html
                  1:4   error    Word "oops" in text  test-oops  (fixable)
                    1 | <p>oops and hmm</p>
                      |    ^^^^
                  1:13  warning  Word "hmm" in text  test-hmm
                    1 | <p>oops and hmm</p>
                      |             ^^^
                  2:4   warning  Word "hmm" in text  test-hmm
                    2 | <p>hmm</p>
                      |    ^^^
                    = 1:13  first hmm

                Score 56/100 overall; lowest: a.html 45
                \u2716 3 problems (1 error, 2 warnings, 0 infos), 1 fixable
                """, result.out());
        assertEquals("", result.err());
    }

    @Test
    void checkIsTheDefaultSubcommand() throws Exception {
        cli.file("a.html", DEFECTS);
        CliRun.Result bare = cli.run("--format", "json", "a.html");
        CliRun.Result explicit = cli.run("check", "--format", "json", "a.html");
        assertEquals(explicit, bare);
        assertEquals(1, bare.exitCode());
    }

    @Test
    void lintsTheCurrentFolderWhenNoPathIsGiven() throws Exception {
        cli.file("sub/a.md", "oops");
        CliRun.Result result = cli.run("-f", "json");
        assertTrue(result.out().contains("\"path\":\"sub/a.md\""), result.out());
        assertEquals(1, result.exitCode());
    }

    @Test
    void aMissingPathIsAUsageErrorBeforeAnythingIsLinted() throws Exception {
        cli.file("a.html", DEFECTS);
        CliRun.Result result = cli.run("a.html", "reports/missing.html");
        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("reportlint: no such file or directory: reports/missing.html\n", result.err());
    }

    @Test
    void badArgumentsExitTwoWithOneLineAndAPointerToHelp() {
        CliRun.Result unknownOption = cli.run("--bogus");
        assertEquals(2, unknownOption.exitCode());
        assertEquals("reportlint: Unknown option: '--bogus'\nTry 'reportlint --help' for more information.\n",
                unknownOption.err());
        CliRun.Result badNumber = cli.run("check", "--threads", "many");
        assertEquals(2, badNumber.exitCode());
        assertTrue(badNumber.err().startsWith("reportlint: Invalid value for option '--threads'"), badNumber.err());
        assertTrue(badNumber.err().endsWith("Try 'reportlint check --help' for more information.\n"));
        assertEquals("", badNumber.out());
    }

    @Test
    void invalidOptionValuesExitTwo() throws Exception {
        cli.file("a.html", DEFECTS);
        assertUsageError("reportlint: unknown format \"xml\" (known: checkstyle, compact, count, github, html, json, "
                + "junit, markdown, sarif, t-broken, text)\n", "-f", "xml", "a.html");
        assertUsageError("reportlint: invalid --fail-on level \"fatal\" (use error, warning, info or never)\n",
                "--fail-on", "fatal", "a.html");
        assertUsageError("reportlint: unknown rule \"test-oop\" (did you mean \"test-oops\"?)\n",
                "--rule", "test-oop", "a.html");
        assertUsageError("reportlint: unknown rule \"test-hmmm\" (did you mean \"test-hmm\"?)\n",
                "--disable", "test-hmmm", "a.html");
        assertUsageError("reportlint: invalid level \"loud\" for rule \"test-oops\" (use off, info, warning or error)\n",
                "--rule", "test-oops=loud", "a.html");
        assertUsageError("reportlint: --threads must be at least 1, not 0\n", "--threads", "0", "a.html");
        assertUsageError("reportlint: --stdin-filename names standard input, but '-' is not among the paths\n",
                "--stdin-filename", "page.html", "a.html");
        assertUsageError("reportlint: only one format can go to standard output; write the others to files with "
                + "FMT=FILE\n", "-f", "text", "-f", "json", "a.html");
    }

    private void assertUsageError(String message, String... args) {
        CliRun.Result result = cli.run(args);
        assertEquals(2, result.exitCode(), result.err());
        assertEquals(message, result.err());
        assertEquals("", result.out());
    }

    @Test
    void failOnSetsTheLowestFailingSeverity() throws Exception {
        cli.file("warn.html", "<p>hmm</p>").file("err.html", "<p>oops</p>").file("info.html", "<p>NB: x</p>");
        assertEquals(0, cli.run("warn.html").exitCode());
        assertEquals(1, cli.run("--fail-on", "warning", "warn.html").exitCode());
        assertEquals(0, cli.run("--fail-on", "never", "err.html").exitCode());
        assertEquals(0, cli.run("--fail-on", "warning", "--rule", "test-note", "info.html").exitCode());
        assertEquals(1, cli.run("--fail-on", "info", "--rule", "test-note", "info.html").exitCode());
        assertEquals(1, cli.run("--fail-on", "ERROR", "err.html").exitCode());
    }

    @Test
    void maxWarningsFailsWhenWarningsExceedIt() throws Exception {
        cli.file("warn.html", "<p>hmm hmm</p>");
        assertEquals(1, cli.run("--max-warnings", "1", "warn.html").exitCode());
        assertEquals(0, cli.run("--max-warnings", "2", "warn.html").exitCode());
        assertEquals(0, cli.run("--max-warnings", "-1", "warn.html").exitCode());
        assertEquals(1, cli.run("--max-warnings", "0", "--fail-on", "never", "warn.html").exitCode());
    }

    @Test
    void ruleAndDisableApplyInCommandLineOrder() throws Exception {
        cli.file("a.html", "<p>oops NB: here</p>");
        CliRun.Result enabled = cli.run("--rule", "test-note", "a.html");
        assertTrue(enabled.out().contains("1:9  info     A note  test-note"), enabled.out());
        CliRun.Result releveled = cli.run("--rule", "test-oops=warning", "a.html");
        assertEquals(0, releveled.exitCode());
        assertTrue(releveled.out().contains("1:4  warning  Word \"oops\" in text  test-oops"), releveled.out());
        CliRun.Result disabled = cli.run("--disable", "test-oops", "a.html");
        assertEquals("No problems found in 1 file\n", disabled.out());
        assertEquals(0, disabled.exitCode());
        CliRun.Result disabledThenOn = cli.run("--disable", "test-oops", "--rule", "test-oops=info", "a.html");
        assertTrue(disabledThenOn.out().contains("info     Word \"oops\""), disabledThenOn.out());
        CliRun.Result onThenDisabled = cli.run("--rule", "test-oops=info", "--disable", "test-oops", "a.html");
        assertEquals("No problems found in 1 file\n", onThenDisabled.out());
        CliRun.Result offByLevel = cli.run("--rule", "test-oops=off", "a.html");
        assertEquals("No problems found in 1 file\n", offByLevel.out());
    }

    @Test
    void aFormatWithAFileIsWrittenThereInFoldersItCreatesAndStandardOutputStaysQuiet() throws Exception {
        cli.file("a.html", DEFECTS);
        CliRun.Result result = cli.run("-f", "json=out/deeper/report.json", "a.html");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out(), "every format went to a file: no default text report");
        assertEquals("", result.err());
        String json = Files.readString(dir.resolve("out/deeper/report.json"), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"schemaVersion\":1,"), json);
        assertEquals(cli.run("-f", "json", "a.html").out(), json);
        result = cli.run("-f", "json=report.json", "-f", "text", "a.html");
        assertTrue(result.out().startsWith("a.html\n"), "text asked for on standard output: " + result.out());
    }

    @Test
    void aReportFolderThatCannotBeCreatedIsAOneLineErrorAndNoFile() throws Exception {
        cli.file("a.html", DEFECTS).file("out", "a file where the folder should be");
        CliRun.Result result = cli.run("-f", "json=out/report.json", "a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: cannot write out/report.json: out is not a directory\n", result.err());
        assertEquals("", result.out());
        result = cli.run("-o", "out/sub/report.txt", "a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: cannot write out/sub/report.txt: out is not a directory\n", result.err());
        Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir.resolve("locked")), "running as root");
            result = cli.run("-f", "json=locked/new/report.json", "a.html");
            assertEquals(2, result.exitCode());
            assertEquals("reportlint: cannot write locked/new/report.json: permission denied\n", result.err());
            assertTrue(!Files.exists(dir.resolve("locked/new")));
        } finally {
            Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void outputFileTakesTheReportMeantForStandardOutput() throws Exception {
        cli.file("a.html", DEFECTS);
        String text = cli.run("a.html").out();
        CliRun.Result result = cli.run("-o", "build/lint.txt", "a.html");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals(text, Files.readString(dir.resolve("build/lint.txt"), StandardCharsets.UTF_8));
        result = cli.run("--output-file", "build/lint.json", "-f", "json", "-f", "sarif=build/lint.sarif", "a.html");
        assertEquals("", result.out());
        assertEquals(cli.run("-f", "json", "a.html").out(),
                Files.readString(dir.resolve("build/lint.json"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve("build/lint.sarif")));
        result = cli.run("-o", "x.txt", "-f", "json=a.json", "a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: --output-file has no format to write: every -f names its own file\n",
                result.err());
    }

    @Test
    void compactWritesOneLinePerFindingAndOneForAnUnreadableFile() throws Exception {
        cli.file("a.html", DEFECTS);
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        CliRun.Result result = cli.run("-f", "compact", "--color", "a.html", "/dev/zero");
        assertEquals(3, result.exitCode(), "/dev/zero is not read");
        assertEquals("""
                /dev/zero: error: cannot read: not a regular file (a FIFO, socket or device)
                a.html:1:4: error: Word "oops" in text [test-oops]
                a.html:1:13: warning: Word "hmm" in text [test-hmm]
                a.html:2:4: warning: Word "hmm" in text [test-hmm]
                """, result.out());
        assertTrue(cli.run("--help").out().contains("\n  compact     One line per finding: path:line:col: severity: "
                + "message [rule]\n"));
    }

    @Test
    void standardInputIsNamedStdinUnlessNamed() throws Exception {
        CliRun.Result result = cli.stdin("<p>oops</p>").run("-f", "compact", "-");
        assertEquals("<stdin>:1:4: error: Word \"oops\" in text [test-oops]\n", result.out());
        result = cli.stdin("<p>oops</p>").run("-f", "compact", "--stdin-filename", "page.html", "-");
        assertEquals("page.html:1:4: error: Word \"oops\" in text [test-oops]\n", result.out());
    }

    @Test
    void colorsOnlyWhenAskedOrOnATerminal() throws Exception {
        cli.file("a.html", DEFECTS);
        assertTrue(cli.run("--color", "a.html").out().contains("\u001b[31merror\u001b[0m"));
        assertTrue(!cli.run("a.html").out().contains("\u001b"));
        assertTrue(!cli.run("--no-color", "a.html").out().contains("\u001b"));
        assertTrue(!cli.run("--color", "-f", "json", "a.html").out().contains("\u001b"));
    }

    @Test
    void aRuleThatThrowsExitsThreeAndTheRestIsStillReported() throws Exception {
        cli.file("a.html", "<p>KABOOM oops</p>").file("b.html", "<p>oops</p>");
        CliRun.Result result = cli.run("-f", "json", ".");
        assertEquals(3, result.exitCode());
        assertTrue(result.out().contains("\"rule\":\"internal-error\""), result.out());
        assertEquals(3, result.out().split("\"rule\":").length - 1, "internal-error plus two test-oops findings");
        assertEquals("reportlint: a.html: Rule \"test-crash\" failed: IllegalStateException: boom\n", result.err());
    }

    @Test
    void helpAndVersion() {
        CliRun.Result version = cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("reportlint \\d+\\.\\d+\\.\\d+\\S*\n"), version.out());
        CliRun.Result help = cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: reportlint "), help.out());
        assertTrue(help.out().contains("--fail-on=LEVEL"));
        assertTrue(help.out().contains("explain"));
        assertEquals(0, cli.run("check", "--help").exitCode());
    }

    @Test
    void optionsBeforeASubcommandAreRejectedRatherThanIgnored() throws Exception {
        cli.file("a.html", DEFECTS);
        assertUsageError("reportlint: options and paths go after the subcommand: reportlint check ...\n",
                "-f", "json", "check", "a.html");
        assertUsageError("reportlint: options and paths go after the subcommand: reportlint rules ...\n",
                "a.html", "rules");
    }
}
