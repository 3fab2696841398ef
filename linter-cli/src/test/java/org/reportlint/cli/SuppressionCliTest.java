package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline directives as a user writes them, seen through the JSON report. */
class SuppressionCliTest {

    @TempDir
    Path dir;

    @Test
    void disableNextLineHidesAndCounts() throws Exception {
        CliRun cli = CliRun.in(dir).file("a.html",
                "<h1>Report</h1>\n<!-- reportlint-disable-next-line placeholder -- sample value on purpose -->\n"
                        + "<p>The market is worth $xxx million.</p>\n");
        CliRun.Result result = cli.run("-f", "json", "a.html");
        assertEquals(0, result.exitCode(), result.out());
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertEquals(0, report.get("files").get(0).get("findings").size());
        assertEquals(1, report.get("summary").get("suppressed").intValue());
    }

    @Test
    void disableLineHidesItsOwnLineInHtmlMarkdownAndText() throws Exception {
        String directive = "<!-- reportlint-disable-line placeholder -- sample value on purpose -->";
        CliRun cli = CliRun.in(dir)
                .file("a.html", "<h1>Report</h1>\n<p>Worth $xxx million.</p> " + directive + "\n<p>Then $xxx.</p>\n")
                .file("b.md", "# Report\n\nWorth $xxx million. " + directive + "\nThen $xxx.\n")
                .file("c.txt", "Report\n\nWorth $xxx million. " + directive + "\n\nThen $xxx.\n");
        java.util.Map<String, Integer> lineOfTheOtherValue = java.util.Map.of("a.html", 3, "b.md", 4, "c.txt", 5);
        for (String file : new String[] {"a.html", "b.md", "c.txt"}) {
            JsonNode report = new ObjectMapper().readTree(cli.run("-f", "json", file).out());
            JsonNode findings = report.get("files").get(0).get("findings");
            assertEquals(1, findings.size(), file + " " + findings);
            assertEquals("placeholder", findings.get(0).get("rule").textValue(), file);
            assertEquals(lineOfTheOtherValue.get(file), findings.get(0).get("line").intValue(), file);
            assertEquals(1, report.get("summary").get("suppressed").intValue(), file);
        }
    }

    @Test
    void unusedDirectiveIsReported() throws Exception {
        CliRun cli = CliRun.in(dir).file("a.html",
                "<!-- reportlint-disable-next-line placeholder -->\n<p>Nothing to hide here.</p>\n");
        CliRun.Result result = cli.run("-f", "json", "a.html");
        assertEquals(0, result.exitCode());
        JsonNode finding = new ObjectMapper().readTree(result.out()).get("files").get(0).get("findings").get(0);
        assertEquals("unused-suppression", finding.get("rule").textValue());
        assertEquals("warning", finding.get("severity").textValue());
        assertEquals(1, finding.get("line").intValue());
        assertEquals(1, cli.run("--fail-on", "warning", "a.html").exitCode());
    }

    @Test
    void aMisspelledRuleIdInADirectiveIsAWarningAtTheDirectiveNamingTheIdMeant() throws Exception {
        CliRun cli = CliRun.in(dir).file("a.html", "<h1>Report</h1>\n<!-- reportlint-disable placeholders -->\n"
                + "<p>The market is worth $xxx million.</p>\n");
        CliRun.Result result = cli.run("-f", "json", "a.html");
        JsonNode findings = new ObjectMapper().readTree(result.out()).get("files").get(0).get("findings");
        JsonNode typo = null;
        for (JsonNode finding : findings) {
            if (finding.get("rule").textValue().equals("unused-suppression")) {
                assertEquals(null, typo, findings.toString());
                typo = finding;
            }
        }
        assertEquals("unknown rule \"placeholders\" in reportlint-disable (did you mean \"placeholder\"?)",
                typo.get("message").textValue());
        assertEquals("warning", typo.get("severity").textValue());
        assertEquals(2, typo.get("line").intValue());
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"unused-suppression\": \"error\"}}");
        assertEquals(1, cli.run("a.html").exitCode());
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"unused-suppression\": \"off\"}}");
        JsonNode quiet = new ObjectMapper().readTree(cli.run("-f", "json", "a.html").out()).get("files").get(0)
                .get("findings");
        assertEquals(0, quiet.findValues("rule").stream().filter(r -> r.textValue().equals("unused-suppression"))
                .count(), quiet.toString());
    }

    @Test
    void aDirectiveShownInMarkdownCodeIsNotADirective() throws Exception {
        String directive = "<!-- reportlint-disable-file placeholder -->";
        CliRun cli = CliRun.in(dir).file("a.md", "Intro $xxx here.\n\n```html\n" + directive + "\n```\n\n"
                + "~~~\n" + directive + "\n~~~\n\nWrite `" + directive + "` to hide.\n\n    " + directive
                + "\n\nEnd $xxx.\n");
        JsonNode report = new ObjectMapper().readTree(cli.run("-f", "json", "a.md").out());
        JsonNode findings = report.get("files").get(0).get("findings");
        assertEquals(2, findings.size(), findings.toString());
        for (JsonNode finding : findings) {
            assertEquals("placeholder", finding.get("rule").textValue());
        }
        assertEquals(0, report.get("summary").get("suppressed").intValue());
    }

    @Test
    void aCommentInsideAnUnterminatedCdataSectionIsNotADirective() throws Exception {
        for (String foreign : new String[] {"svg", "math"}) {
            CliRun cli = CliRun.in(dir).file("a.html", "<p>Worth $xxx.</p><" + foreign
                    + "><![CDATA[ <!-- reportlint-disable-file placeholder -->\n");
            JsonNode report = new ObjectMapper().readTree(cli.run("-f", "json", "a.html").out());
            JsonNode findings = report.get("files").get(0).get("findings");
            assertEquals(0, report.get("summary").get("suppressed").intValue(), foreign);
            assertEquals(1, findings.findValues("rule").stream().filter(r -> r.textValue().equals("placeholder"))
                    .count(), findings.toString());
        }
    }
}
