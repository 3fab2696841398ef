package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that must neither crash nor hang the command line, and how each is reported. */
class InputEdgeCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = CliRun.in(dir).testRulesOnly();
    }

    private JsonNode json(CliRun.Result result) throws Exception {
        return JSON.readTree(result.out());
    }

    @Test
    void standardInputUnderAGivenName() throws Exception {
        CliRun.Result result = cli.stdin("<p>oops</p>").run("-f", "json", "--stdin-filename", "drafts/page.html", "-");
        assertEquals(1, result.exitCode());
        JsonNode file = json(result).get("files").get(0);
        assertEquals("drafts/page.html", file.get("path").textValue());
        assertEquals("html", file.get("format").textValue());
        assertEquals("test-oops", file.get("findings").get(0).get("rule").textValue());
    }

    @Test
    void standardInputWithoutANameIsDetectedByContent() throws Exception {
        CliRun.Result text = cli.stdin("just words, hmm\n").run("-f", "json", "-");
        JsonNode file = json(text).get("files").get(0);
        assertEquals("<stdin>", file.get("path").textValue());
        assertEquals("text", file.get("format").textValue());
        assertEquals(0, text.exitCode());
        CliRun.Result html = cli.stdin("<div><p>oops</p></div>").run("-");
        assertTrue(html.out().startsWith("<stdin>\n  1:9  error"), html.out());
    }

    @Test
    void standardInputAlongsideFiles() throws Exception {
        cli.file("a.html", "<p>hmm</p>");
        JsonNode report = json(cli.stdin("oops").run("-f", "json", "a.html", "-"));
        assertEquals(2, report.get("files").size());
        assertEquals("<stdin>", report.get("files").get(0).get("path").textValue());
        assertEquals("a.html", report.get("files").get(1).get("path").textValue());
    }

    @Test
    void anUnreadableFileExitsThreeAndTheOthersAreStillLinted() throws Exception {
        cli.file("a.html", "<p>oops</p>").file("locked.html", "<p>oops</p>").file("z.html", "<p>hmm</p>");
        Path locked = dir.resolve("locked.html");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
        CliRun.Result result = cli.run(".");
        assertEquals(3, result.exitCode());
        assertEquals("reportlint: locked.html: cannot read: permission denied\n", result.err());
        assertTrue(result.out().contains("locked.html\n  error: cannot read: permission denied\n"), result.out());
        assertTrue(result.out().contains("a.html\n  1:4  error"), result.out());
        assertTrue(result.out().contains("z.html\n  1:4  warning"), result.out());
    }

    @Test
    void aDanglingLinkIsAFileThatCannotBeReadEvenForRoot() throws Exception {
        cli.file("a.html", "<p>oops</p>").file("z.html", "<p>hmm</p>");
        Files.createSymbolicLink(dir.resolve("m.html"), dir.resolve("deleted.html"));
        for (String[] args : List.of(new String[] {"."}, new String[] {"a.html", "m.html", "z.html"})) {
            CliRun.Result result = cli.run(args);
            assertEquals(3, result.exitCode());
            assertEquals("reportlint: m.html: cannot read: no such file\n", result.err());
            assertTrue(result.out().contains("m.html\n  error: cannot read: no such file\n"), result.out());
            assertTrue(result.out().contains("a.html\n  1:4  error"), result.out());
            assertTrue(result.out().contains("z.html\n  1:4  warning"), result.out());
            assertTrue(result.out().endsWith("\u2716 1 file could not be read\n"), result.out());
        }
    }

    @Test
    void aBinaryFileFoundInAFolderIsSkippedWithANoticeAndCounted() throws Exception {
        cli.file("image.txt", new byte[] {'P', 'N', 'G', 0, 1, 2, 'o', 'o', 'p', 's'}).file("a.txt", "fine");
        CliRun.Result result = cli.run(".");
        assertEquals(0, result.exitCode());
        assertEquals("reportlint: skipped binary file: image.txt\n", result.err());
        assertEquals("image.txt\n  notice: skipped binary file\n\nNo problems found in 2 files\n1 file skipped, not linted\n",
                result.out());
        JsonNode report = json(cli.run("-f", "json", "."));
        JsonNode file = report.get("files").get(1);
        assertEquals("image.txt", file.get("path").textValue());
        assertTrue(file.get("format").isNull());
        assertTrue(file.get("errors").isEmpty());
        assertEquals("skipped binary file", file.get("notices").get(0).get("message").textValue());
        assertEquals(1, report.get("summary").get("skipped").intValue());
    }

    @Test
    void aFileWithNulBytesNamedOnTheCommandLineIsLintedAndTheNulReported() throws Exception {
        cli.file("image.txt", new byte[] {'P', 'N', 'G', 0, 1, 2, 'o', 'o', 'p', 's'});
        CliRun.Result result = cli.run("-f", "json", "image.txt");
        assertEquals(1, result.exitCode(), "the oops after the NUL is found: " + result.out());
        JsonNode file = json(result).get("files").get(0);
        assertEquals("text", file.get("format").textValue());
        assertTrue(file.get("notices").isEmpty());
        JsonNode findings = file.get("findings");
        assertEquals("encoding", findings.get(0).get("rule").textValue());
        assertEquals("NUL byte: NUL is not text; the file is binary or in an encoding it does not declare",
                findings.get(0).get("message").textValue());
        assertEquals("test-oops", findings.get(1).get("rule").textValue());
        assertEquals(0, json(result).get("summary").get("skipped").intValue());
    }

    @Test
    void anEmptyFileIsLintedWithoutFindings() throws Exception {
        cli.file("empty.html", "").file("empty.txt", "");
        CliRun.Result result = cli.run("-f", "json", ".");
        assertEquals(0, result.exitCode());
        JsonNode files = json(result).get("files");
        assertEquals("html", files.get(0).get("format").textValue());
        assertTrue(files.get(0).get("findings").isEmpty());
        assertEquals("text", files.get(1).get("format").textValue());
        assertEquals("No problems found in 1 file\n", cli.stdin("").run("-").out());
    }

    @Test
    void invalidUtf8IsReportedOnceByTheEncodingFinding() throws Exception {
        byte[] bytes = "caf\u00e9 line\nsecond \u00ff oops\n".getBytes(StandardCharsets.ISO_8859_1);
        cli.file("latin.txt", bytes);
        CliRun.Result result = cli.run("-f", "json", "latin.txt");
        assertEquals(1, result.exitCode(), "the oops is still found in the rest of the text");
        JsonNode findings = json(result).get("files").get(0).get("findings");
        assertEquals("encoding", findings.get(0).get("rule").textValue());
        assertEquals("warning", findings.get(0).get("severity").textValue());
        assertEquals(List.of(1, 4), List.of(findings.get(0).get("line").intValue(),
                findings.get(0).get("column").intValue()));
        assertEquals("test-oops", findings.get(1).get("rule").textValue());
        assertEquals(List.of(2, 10), List.of(findings.get(1).get("line").intValue(),
                findings.get(1).get("column").intValue()));
        assertEquals(0, cli.run("--disable", "encoding", "--disable", "test-oops", "latin.txt").exitCode());
        assertEquals(1, cli.run("--fail-on", "warning", "--disable", "test-oops", "latin.txt").exitCode());
    }

    @Test
    void crlfAndLoneCrLineBreaksCountOnce() throws Exception {
        cli.file("windows.txt", "first line\r\nsecond oops\r\nthird\rhmm\r\n");
        JsonNode findings = json(cli.run("-f", "json", "windows.txt")).get("files").get(0).get("findings");
        JsonNode oops = findings.get(0);
        assertEquals(List.of(2, 8, 2, 12, 19, 23), List.of(oops.get("line").intValue(), oops.get("column").intValue(),
                oops.get("endLine").intValue(), oops.get("endColumn").intValue(), oops.get("offset").intValue(),
                oops.get("endOffset").intValue()));
        JsonNode hmm = findings.get(1);
        assertEquals(List.of(4, 1, 31), List.of(hmm.get("line").intValue(), hmm.get("column").intValue(),
                hmm.get("offset").intValue()));
        String text = cli.run("windows.txt").out();
        assertTrue(text.contains("    2 | second oops\n      |        ^^^^\n"), text);
    }

    @Test
    void tenThousandNestedElementsNeitherCrashNorHang() throws Exception {
        String deep = "<div>".repeat(10_000) + "<p>oops</p>" + "</div>".repeat(10_000);
        cli.file("deep.html", deep);
        CliRun.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli.run("-f", "json", "deep.html"));
        assertEquals(1, result.exitCode(), result.err());
        JsonNode findings = json(result).get("files").get(0).get("findings");
        assertEquals(1, findings.size());
        assertEquals(50_004, findings.get(0).get("column").intValue());
    }

    @Test
    void hiddenIgnoredAndExcludedPathsAreSkippedWhileWalking() throws Exception {
        cli.file("r/a.html", "oops").file("r/.draft/b.html", "oops").file("r/node_modules/c.html", "oops")
                .file("r/gen/d.html", "oops").file("r/.gitignore", "gen/\n").file("r/notes.json", "oops");
        JsonNode files = json(cli.run("-f", "json", "r")).get("files");
        assertEquals(1, files.size());
        assertEquals("r/a.html", files.get(0).get("path").textValue());
    }

    @Test
    void aBackslashInAFileNameIsShownAsItself() throws Exception {
        assumeTrue(java.io.File.separatorChar == '/',
                "a backslash is a separator on Windows");
        cli.file("in\\side/a\\b.html", "<p>oops</p>");
        for (String[] args : new String[][] {{"."}, {"in\\side/a\\b.html"}}) {
            String path = args[0].equals(".") ? "in\\side/a\\b.html" : args[0];
            assertEquals(path, json(cli.run("-f", "json", args[0])).get("files").get(0).get("path").textValue());
            assertTrue(cli.run(args[0]).out().startsWith(path + "\n"));
            assertTrue(cli.run("-f", "github", args[0]).out().contains(" file=" + path + ","));
            JsonNode sarif = new ObjectMapper().readTree(
                    cli.run("-f", "sarif", args[0]).out());
            assertEquals("in%5Cside/a%5Cb.html", sarif.get("runs").get(0).get("results").get(0).get("locations")
                    .get(0).get("physicalLocation").get("artifactLocation").get("uri").textValue());
        }
        JsonNode stdin = json(cli.stdin("<p>oops</p>").run("-f", "json", "--stdin-filename", "x\\y.html", "-"));
        assertEquals("x\\y.html", stdin.get("files").get(0).get("path").textValue());
    }
}
