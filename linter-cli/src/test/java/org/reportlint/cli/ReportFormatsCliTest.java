package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.w3c.dom.Document;

/** Every report format through the real command line: it runs, and what it writes is what its readers parse. */
class ReportFormatsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void reports() throws Exception {
        cli = CliRun.in(dir).testRulesOnly()
                .file("reports/market brief.html", "<p>oops and hmm</p>\n<p>hmm</p>\n")
                .file("reports/clean.txt", "nothing here\n");
    }

    private String run(String format) {
        CliRun.Result result = cli.run("check", "-f", format, "reports");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("", result.err());
        return result.out();
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sarifDescribesTheCitedRulesFromTheirMetadata() throws Exception {
        JsonNode run = JSON.readTree(run("sarif")).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals("test-hmm", rules.get(0).get("id").textValue());
        assertEquals("test-oops", rules.get(1).get("id").textValue());
        assertEquals("The word oops", rules.get(1).get("shortDescription").get("text").textValue());
        JsonNode oops = run.get("results").get(0);
        assertEquals("test-oops", oops.get("ruleId").textValue());
        assertEquals(1, oops.get("ruleIndex").intValue());
        JsonNode location = oops.get("locations").get(0).get("physicalLocation");
        assertEquals("reports/market%20brief.html", location.get("artifactLocation").get("uri").textValue());
        assertEquals(4, location.get("region").get("startColumn").intValue());
        assertTrue(oops.get("partialFingerprints").get("reportlint/v2").textValue().length() > 0);
    }

    @Test
    void sarifGoesToAFileAndStandardOutputStaysQuiet() throws Exception {
        CliRun.Result result = cli.run("check", "-f", "sarif=report.sarif", "reports");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out(), "no -f asked for standard output");
        result = cli.run("check", "-f", "sarif=report.sarif", "-f", "text", "reports");
        assertTrue(result.out().startsWith("reports/market brief.html\n"), result.out());
        JsonNode log = JSON.readTree(Files.readString(dir.resolve("report.sarif")));
        assertEquals("2.1.0", log.get("version").textValue());
    }

    @Test
    void junitHasASuitePerFile() throws Exception {
        Document report = xml(run("junit"));
        assertEquals("testsuites", report.getDocumentElement().getTagName());
        assertEquals(2, report.getElementsByTagName("testsuite").getLength());
        assertEquals(3, report.getElementsByTagName("failure").getLength());
        assertEquals("3", report.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void checkstyleHasAnErrorPerFinding() throws Exception {
        String text = run("checkstyle");
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"));
        Document report = xml(text);
        assertEquals(2, report.getElementsByTagName("file").getLength());
        assertEquals(3, report.getElementsByTagName("error").getLength());
    }

    @Test
    void githubWritesWorkflowCommands() {
        String text = run("github");
        assertTrue(text.startsWith("::error file=reports/market brief.html,line=1,col=4,endLine=1,endColumn=8,"
                + "title=test-oops::Word \"oops\" in text\n"), text);
        assertEquals(3, text.lines().count());
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        String page = run("html");
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"));
        assertTrue(page.endsWith("</html>\n"));
        assertTrue(page.contains("{\"path\":\"reports/market brief.html\""), "the document in the page's data");
        assertTrue(page.contains("<code class=\"rule\">test-oops</code> The word oops"), "the rule's summary");
    }

    @Test
    void helpNamesEveryRegisteredFormatWithItsDescription() {
        for (String[] command : new String[][] {{"--help"}, {"check", "--help"}}) {
            String help = cli.run(command).out();
            assertTrue(help.contains("Report format (default: text; see Formats below)"), help);
            int section = help.indexOf("Formats (-f FMT):\n");
            assertTrue(section > help.indexOf("--format"), "the list follows the options: " + help);
            String list = help.substring(section);
            assertTrue(list.contains("\n  checkstyle  Checkstyle XML, for CI dashboards and review bots\n"), list);
            assertTrue(list.contains("\n  count       Findings per file, one line each\n"), "the test jar's format");
            List<String> ids = list.lines().skip(1).takeWhile(line -> line.startsWith("  "))
                    .map(line -> line.strip().split(" ")[0]).toList();
            assertEquals(List.of("checkstyle", "compact", "count", "github", "html", "json", "junit", "markdown",
                    "sarif", "t-broken", "text"), ids);
        }
    }

    @Test
    void aFormatFromTheClassPathWritesItsReport() throws Exception {
        CliRun.Result result = cli.run("check", "-f", "count", "reports");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("reports/clean.txt 0\nreports/market brief.html 3\ntotal 3\n", result.out());
        CliRun.Result toFile = cli.run("check", "-f", "COUNT=counts.txt", "-f", "json", "reports");
        assertEquals(1, toFile.exitCode());
        assertEquals("reports/clean.txt 0\nreports/market brief.html 3\ntotal 3\n",
                Files.readString(dir.resolve("counts.txt")));
        assertTrue(toFile.out().startsWith("{\"schemaVersion\":1,"), toFile.out());
    }

    @Test
    void everyFormatCanBeWrittenInOneRun() throws Exception {
        CliRun.Result result = cli.run("check", "-f", "sarif=r.sarif", "-f", "junit=r.junit.xml",
                "-f", "checkstyle=r.checkstyle.xml", "-f", "github=r.github.txt", "-f", "html=r.html",
                "-f", "json=r.json", "-f", "text", "reports");
        assertEquals(1, result.exitCode());
        for (String name : new String[] {"r.sarif", "r.junit.xml", "r.checkstyle.xml", "r.github.txt", "r.html",
                "r.json"}) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        assertTrue(result.out().contains("3 problems"));
    }

    /** Reports one UTF-16 unit at every surrogate, quoting it: positions that cut pairs, messages with lone halves. */
    static final class HalfPairRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("test-half-pair").summary("Cuts surrogate pairs")
                    .severity(Severity.ERROR).build();
        }

        @Override
        public void check(RuleContext context) {
            String source = context.document().source();
            for (int at = 0; at < source.length(); at++) {
                if (Character.isSurrogate(source.charAt(at))) {
                    context.report(Problem.at(at, at + 1,
                            "Half " + source.charAt(at) + " pair"));
                }
            }
        }
    }

    @Test
    void everyReportFileStaysValidOnADocumentFullOfAstralCharactersAndLoneSurrogates() throws Exception {
        String emoji = "\uD83D\uDE00";
        CliRun hostile = CliRun.in(dir)
                .rules(() -> RuleRegistry.of(List.of(new HalfPairRule()), List.of()))
                .file("astral/" + emoji + ".html", "<p>&#xD800; &#xDFFF; &#x1F600;</p>\n<p>"
                        + emoji.repeat(200) + "\uD835\uDC00".repeat(200) + "</p>\n");
        CliRun.Result result = hostile.run("check", "-f", "sarif=r.sarif", "-f", "junit=r.junit.xml",
                "-f", "checkstyle=r.checkstyle.xml", "-f", "github=r.github.txt", "-f", "html=r.html",
                "-f", "json=r.json", "-f", "text=r.txt", "astral");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("", result.err());
        JsonNode findings = JSON.readTree(dir.resolve("r.json").toFile()).get("files").get(0).get("findings");
        assertEquals(800, findings.size(), "one finding per surrogate in the source");
        for (JsonNode finding : findings) {
            assertEquals("Half \uFFFD pair", finding.get("message").textValue());
            assertEquals(2, finding.get("endOffset").intValue() - finding.get("offset").intValue());
        }
        JSON.readTree(dir.resolve("r.sarif").toFile());
        xml(Files.readString(dir.resolve("r.junit.xml")));
        xml(Files.readString(dir.resolve("r.checkstyle.xml")));
        for (String name : new String[] {"r.github.txt", "r.html", "r.txt"}) {
            String report = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            assertTrue(report.contains("Half \uFFFD pair") && report.contains(emoji), name);
        }
    }
}
