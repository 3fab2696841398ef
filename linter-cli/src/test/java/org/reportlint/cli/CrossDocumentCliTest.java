package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cross-document rule (test-same-title, in the test sources) through the real command line. */
class CrossDocumentCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAME = "--rule=test-same-title";

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void reports() throws Exception {
        cli = CliRun.in(dir).testRulesOnly()
                .file("reports/a.md", "# Widget Market\n\nSome text.\n")
                .file("reports/b.html", "<p>intro</p>\n<h1>Widget Market</h1>\n")
                .file("reports/c.txt", "# Gadget Market\n");
    }

    private static JsonNode files(CliRun.Result result) throws Exception {
        return JSON.readTree(result.out()).get("files");
    }

    @Test
    void theFindingIsInOneFileAndItsRelatedPlaceInAnother() throws Exception {
        CliRun.Result result = cli.run("check", SAME, "-f", "json", "reports");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        JsonNode files = files(result);
        assertEquals(0, files.get(0).get("findings").size(), "reports/a.md is the first with the title");
        JsonNode finding = files.get(1).get("findings").get(0);
        assertEquals("reports/b.html", files.get(1).get("path").textValue());
        assertEquals("{\"rule\":\"test-same-title\",\"severity\":\"warning\","
                + "\"message\":\"Title \\\"Widget Market\\\" is also the title of reports/a.md\",\"line\":2,"
                + "\"column\":5,\"endLine\":2,\"endColumn\":18,\"offset\":17,\"endOffset\":30,"
                + "\"related\":[{\"message\":\"first used here\",\"path\":\"reports/a.md\",\"line\":1,\"column\":3,"
                + "\"endLine\":1,\"endColumn\":16}]}", ((com.fasterxml.jackson.databind.node.ObjectNode) finding)
                .deepCopy().without("fingerprint").toString());
        assertEquals(1, JSON.readTree(result.out()).get("summary").get("warnings").intValue());
        assertEquals(1, cli.run("check", SAME, "--fail-on", "warning", "reports").exitCode());
    }

    @Test
    void sarifPointsTheRelatedLocationAtTheOtherArtifact() throws Exception {
        CliRun.Result result = cli.run("check", SAME, "-f", "sarif", "reports");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode run = JSON.readTree(result.out()).get("runs").get(0);
        assertEquals("test-same-title", run.get("tool").get("driver").get("rules").get(0).get("id").textValue());
        JsonNode sarif = run.get("results").get(0);
        assertEquals("reports/b.html", sarif.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").textValue());
        JsonNode related = sarif.get("relatedLocations").get(0);
        assertEquals("reports/a.md", related.get("physicalLocation").get("artifactLocation").get("uri").textValue());
        assertEquals(1, related.get("physicalLocation").get("region").get("startLine").intValue());
        assertEquals("first used here", related.get("message").get("text").textValue());
        assertTrue(sarif.get("partialFingerprints").get("reportlint/v2").textValue().length() > 0);
    }

    @Test
    void everyFormatShowsIt() throws Exception {
        CliRun.Result result = cli.run("check", SAME, "-f", "text", "-f", "junit=r.xml",
                "-f", "checkstyle=r.checkstyle.xml",
                "-f", "github=r.github", "-f", "html=r.html", "reports");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("reports/b.html\n  2:5  warning  Title \"Widget Market\" is also the title "
                + "of reports/a.md  test-same-title\n"), result.out());
        assertTrue(result.out().contains("    = reports/a.md:1:3  first used here\n"), result.out());
        assertTrue(Files.readString(dir.resolve("r.xml")).contains("  = reports/a.md:1:3  first used here"));
        assertTrue(Files.readString(dir.resolve("r.checkstyle.xml")).contains(
                "<error line=\"2\" column=\"5\" severity=\"warning\""));
        assertTrue(Files.readString(dir.resolve("r.github")).startsWith(
                "::warning file=reports/b.html,line=2,col=5,endLine=2,endColumn=18,title=test-same-title::"));
        // The HTML report's data: the related place at 1:3 of file 0, reports/a.md, which the page links to.
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("[\"first used here\",1,3,0]") && html.contains("\"files\":[{\"path\":\"reports/a.md\""),
                html);
    }

    @Test
    void itIsConfiguredInReportlintJsonLikeAnyRule() throws Exception {
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"test-same-title\": \"error\"},\n"
                + " \"overrides\": [{\"files\": [\"reports/c.txt\"], \"rules\": {\"test-same-title\": \"off\"}}]}");
        CliRun.Result result = cli.run("check", "-f", "json", "reports");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("error", files(result).get(1).get("findings").get(0).get("severity").textValue());
        cli.file(".reportlint.json", "{\"root\": true, \"extends\": \"all\"}");
        assertEquals(1, files(cli.run("check", "-f", "json", "--disable", "test-cross-crash", "reports"))
                .get(1).get("findings").size(), "the all preset enables it");
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"test-same-titel\": \"error\"}}");
        CliRun.Result typo = cli.run("check", "reports");
        assertEquals(2, typo.exitCode());
        assertEquals("reportlint: .reportlint.json:1:26: unknown rule \"test-same-titel\" (did you mean "
                + "\"test-same-title\"?)\n", typo.err());
    }

    @Test
    void theTargetFilesDirectiveHidesItAndIsNotUnused() throws Exception {
        cli.file("reports/b.html", "<p>intro</p>\n"
                + "<!-- reportlint-disable-next-line test-same-title -- a translation -->\n<h1>Widget Market</h1>\n");
        CliRun.Result hidden = cli.run("check", SAME, "-f", "json", "reports");
        assertEquals(0, hidden.exitCode(), hidden.err());
        assertEquals(0, files(hidden).get(1).get("findings").size(), hidden.out());
        assertEquals(1, files(hidden).get(1).get("suppressed").intValue());

        cli.file("reports/c.txt", "<!-- reportlint-disable-file test-same-title -->\n# Gadget Market\n");
        JsonNode unused = files(cli.run("check", SAME, "-f", "json", "reports")).get(2).get("findings").get(0);
        assertEquals("unused-suppression", unused.get("rule").textValue());
        assertEquals("Unused reportlint-disable-file directive: no \"test-same-title\" problems were reported here",
                unused.get("message").textValue());
    }

    @Test
    void aBaselineAcceptsItAndReportsOnlyANewOne() throws Exception {
        CliRun.Result update = cli.run("check", SAME, "--baseline", "baseline.json", "--update-baseline", "reports");
        assertEquals(0, update.exitCode(), update.err());
        assertTrue(Files.readString(dir.resolve("baseline.json")).contains("\"rule\" : \"test-same-title\""));
        CliRun.Result accepted = cli.run("check", SAME, "--baseline", "baseline.json", "--fail-on", "warning",
                "-f", "json", "reports");
        assertEquals(0, accepted.exitCode(), accepted.out());
        assertEquals(1, JSON.readTree(accepted.out()).get("summary").get("suppressed").intValue());

        cli.file("reports/d.md", "# Widget Market\n");
        CliRun.Result added = cli.run("check", SAME, "--baseline", "baseline.json", "--fail-on", "warning",
                "-f", "json", "reports");
        assertEquals(1, added.exitCode());
        assertEquals(0, files(added).get(1).get("findings").size());
        assertEquals("reports/d.md", files(added).get(3).get("path").textValue());
        assertEquals(1, files(added).get(3).get("findings").size());
    }

    @Test
    void aCrashInEitherStepIsAnInternalErrorAndExitsThree() throws Exception {
        cli.file("reports/c.txt", "# Gadget Market SHATTER-COLLECT\n");
        CliRun.Result collect = cli.run("check", "--rule", "test-cross-crash", SAME, "-f", "json", "reports");
        assertEquals(3, collect.exitCode());
        assertEquals("reportlint: reports/c.txt: Rule \"test-cross-crash\" failed: "
                + "IllegalStateException: collect boom\n", collect.err());
        assertEquals(1, files(collect).get(1).get("findings").size(), "the other rules and files went on");

        cli.file("reports/c.txt", "# Gadget Market SHATTER-REPORT\n");
        CliRun.Result report = cli.run("check", "--rule", "test-cross-crash", "reports");
        assertEquals(3, report.exitCode());
        assertEquals("reportlint: reports/a.md: Rule \"test-cross-crash\" failed: IllegalStateException: report boom\n",
                report.err());
    }

    @Test
    void fixingStillWorksWhileACrossDocumentRuleIsOn() throws Exception {
        cli.file("reports/c.txt", "# Widget Market\n\noops\n");
        CliRun.Result fixed = cli.run("check", SAME, "--fix", "-f", "json", "reports");
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertEquals("# Widget Market\n\nokay\n", Files.readString(dir.resolve("reports/c.txt")));
        JsonNode c = files(fixed).get(2);
        assertEquals(1, c.get("findings").size());
        assertEquals("test-same-title", c.get("findings").get(0).get("rule").textValue());
        assertFalse(fixed.err().contains("internal"), fixed.err());
    }
}
