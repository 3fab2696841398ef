package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, items 2 and 3 through the real command line: no declared charset, NUL byte or missing byte order mark
 * gets a report past the rules, and no single bad input (a FIFO, a device, a link out of the tree, a baseline beyond
 * the parser's limits, an unencodable name, a report that cannot be written) takes the run down.
 */
class GateAndIsolationCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = CliRun.in(dir).testRulesOnly();
    }

    private JsonNode json(CliRun.Result result) throws IOException {
        return JSON.readTree(result.out());
    }

    private static List<String> rules(JsonNode file) {
        List<String> rules = new ArrayList<>();
        file.get("findings").forEach(finding -> rules.add(finding.get("rule").textValue()));
        return rules;
    }

    @Test
    void aMetaDeclaringUtf16OrEbcdicInAnAsciiPageDoesNotHideItsText() throws Exception {
        for (String label : List.of("UTF-16", "UTF-32", "IBM037")) {
            cli.file("r.html", "<html><head><meta charset=\"" + label + "\"></head><body><p>oops</p></body></html>");
            CliRun.Result result = cli.run("-f", "json", "r.html");
            assertEquals(1, result.exitCode(), label + ": " + result.out());
            JsonNode file = json(result).get("files").get(0);
            assertEquals(List.of("encoding", "test-oops"), rules(file), label);
            assertEquals("<meta> declares \"" + label + "\", a charset that does not read this ASCII tag as ASCII: "
                    + "ignored, the file is read as UTF-8 as browsers do",
                    file.get("findings").get(0).get("message").textValue());
            assertEquals(13, file.get("findings").get(0).get("column").intValue(), "at the <meta>");
        }
    }

    @Test
    void aMetaInACommentOrInAMarkdownFileDoesNotDecideTheEncoding() throws Exception {
        byte[] utf8 = "<!-- <meta charset=\"windows-1252\"> -->\n<p>caf\u00e9 oops</p>\n".getBytes(StandardCharsets.UTF_8);
        cli.file("commented.html", utf8).file("notes.md", "<meta charset=\"UTF-16\">\n\ncaf\u00e9 oops\n");
        JsonNode files = json(cli.run("-f", "json", "commented.html", "notes.md")).get("files");
        assertEquals(List.of("test-oops"), rules(files.get(0)));
        assertEquals(List.of("test-oops"), rules(files.get(1)));
        String text = cli.run("commented.html").out();
        assertTrue(text.contains("caf\u00e9 oops"), text);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadAsUtf16NotAsGarbage() throws Exception {
        cli.file("le.html", "<p>Sales rose, oops.</p>\n".getBytes(Charset.forName("UTF-16LE")))
                .file("be.txt", "Sales rose, oops.\n".getBytes(Charset.forName("UTF-16BE")));
        CliRun.Result result = cli.run("-f", "json", ".");
        assertEquals(1, result.exitCode(), result.out());
        for (JsonNode file : json(result).get("files")) {
            assertTrue(file.get("notices").isEmpty(), file.toString());
            assertEquals(List.of("encoding", "test-oops"), rules(file), file.toString());
            assertTrue(file.get("findings").get(0).get("message").textValue()
                    .endsWith(" without a byte order mark, recognised by its NUL bytes: save the file with a byte "
                            + "order mark or as UTF-8"));
        }
    }

    @Test
    void aFifoOrADeviceGivenAsAPathIsRefusedBeforeReadingAndTheRestIsLinted() throws Exception {
        cli.file("a.html", "<p>oops</p>");
        Path fifo = dir.resolve("pipe.html");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        // Reading either would block or never end: if the refusal failed, this run would not come back.
        CliRun.Result result = cli.run("a.html", "pipe.html", "/dev/zero");
        assertEquals(3, result.exitCode());
        assertEquals("reportlint: /dev/zero: cannot read: not a regular file (a FIFO, socket or device)\n"
                + "reportlint: pipe.html: cannot read: not a regular file (a FIFO, socket or device)\n", result.err());
        assertTrue(result.out().contains("a.html\n  1:4  error"), result.out());
    }

    @Test
    void aLinkToTheRootFolderIsNotFollowedUnlessAsked() throws Exception {
        cli.file("r/a.html", "<p>oops</p>").file("outside/b.html", "<p>oops</p>");
        Files.createSymbolicLink(dir.resolve("r/everything"), Path.of("/"));
        Files.createSymbolicLink(dir.resolve("r/other"), dir.resolve("outside"));
        CliRun.Result result = cli.run("-f", "json", "r");
        assertEquals(1, result.exitCode());
        JsonNode report = json(result);
        assertEquals(List.of("r/a.html", "r/everything", "r/other"),
                Stream.of(0, 1, 2).map(i -> report.get("files").get(i).get("path").textValue()).toList());
        assertEquals(3, report.get("files").size());
        assertEquals("skipped link to a folder outside the walked folder (use --follow-symlinks)",
                report.get("files").get(1).get("notices").get(0).get("message").textValue());
        assertEquals(2, report.get("summary").get("skipped").intValue());
        JsonNode followed = json(cli.run("-f", "json", "--follow-symlinks", "outside", "r/other")).get("files");
        assertEquals("r/other/b.html", followed.get(1).get("path").textValue());
    }

    @Test
    void aBaselineBeyondTheJsonParsersLimitsIsAOneLineErrorNamingIt() throws Exception {
        cli.file("a.html", "<p>oops</p>").file("deep.json", "[".repeat(5000) + "]".repeat(5000));
        CliRun.Result result = cli.run("--baseline", "deep.json", "a.html");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("reportlint: " + dir.resolve("deep.json") + ": not a valid baseline: "
                + "beyond the JSON parser's limits: Document nesting depth"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void aReportThatCannotBeWrittenLeavesNoPartialFileAndTheExitCodeSaysSo() throws Exception {
        cli.file("a.html", "<p>oops</p>").file("b.html", "<p>oops</p>").file("report.txt", "yesterday's report\n");
        CliRun.Result result = cli.run("-f", "t-broken=report.txt", "a.html", "b.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: cannot write report.txt: No space left on device\n", result.err());
        assertEquals("yesterday's report\n", Files.readString(dir.resolve("report.txt")), "the old report is kept");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("a.html", "b.html", "report.txt"),
                    left.map(path -> path.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
        CliRun.Result whole = cli.run("-f", "t-broken=new.txt", "a.html");
        assertEquals(1, whole.exitCode(), whole.err());
        assertEquals("first a.html\nend\n", Files.readString(dir.resolve("new.txt")));
    }

    @Test
    void aNonAsciiPathUnderTheCLocaleIsAOneLineErrorAndTheRestIsLinted() throws Exception {
        cli.file("a.html", "<p>oops</p>").file("caf\u00e9.html", "<p>oops</p>");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--no-color", "a.html", "caf\u00e9.html")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(dir.resolve("err.log").toFile());
        process.environment().put("LC_ALL", "C");
        process.environment().remove("LANG");
        int exit = process.start().waitFor();
        String err = Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8);
        String out = Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8);
        assertEquals(3, exit, err + out);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.matches("reportlint: caf.+\\.html: cannot read: the name cannot be written in this system's "
                + "file-name encoding \\(.+\\); run with a UTF-8 locale, e\\.g\\. LC_ALL=C\\.UTF-8\n"), err);
        assertTrue(out.contains("a.html\n  1:4  error"), out);
    }
}
