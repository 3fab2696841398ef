package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** customRules through the real command line: each kind, levels, suppressions, baselines, fixes, rules, explain. */
class CustomRulesCliTest {
    private static final String CONFIG = """
            {
              "root": true,
              "extends": "none",
              "rules": {"house/email": "info"},
              "customRules": {
                "house/no-guaranteed": {"kind": "existence", "level": "error", "message": "Avoid '%s'",
                                        "patterns": ["guaranteed returns?"], "scope": "text",
                                        "link": "https://example.com/style#guaranteed"},
                "house/use": {"kind": "substitution", "level": "warning", "message": "Use '%s' instead of '%s'",
                              "swap": {"utilise": "use"}},
                "house/disclaimer": {"kind": "required", "level": "error", "message": "Missing the disclaimer",
                                     "pattern": "Figures are estimates"},
                "house/email": {"kind": "consistency", "message": "'%s' here, '%s' elsewhere",
                                "either": {"e-mail": "email"}},
                "house/headings": {"kind": "capitalization", "match": "title", "message": "'%s' is not in %s"}
              }
            }
            """;
    private static final String REPORT = """
            <h1>Solar market</h1>
            <p>Investors get guaranteed returns. We Utilise panels.</p>
            <p>Write email, email, never e-mail.</p>
            """;

    @TempDir
    Path dir;

    private static List<String> rules(JsonNode report) {
        List<String> ids = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            file.get("findings").forEach(f -> ids.add(f.get("line").asInt() + ":" + f.get("column").asInt() + " "
                    + f.get("severity").asText() + " " + f.get("rule").asText() + " " + f.get("message").asText()));
        }
        return ids;
    }

    @Test
    void eachKindReportsThroughTheCommandLine() throws Exception {
        CliRun.Result result = CliRun.in(dir).file(".reportlint.json", CONFIG).file("a.html", REPORT)
                .run("-f", "json", "a.html");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of(
                "1:1 error house/disclaimer Missing the disclaimer",
                "1:11 warning house/headings 'Solar market' is not in Title Case",
                "2:18 error house/no-guaranteed Avoid 'guaranteed returns'",
                "2:41 warning house/use Use 'Use' instead of 'Utilise'",
                "3:30 info house/email 'e-mail' here, 'email' elsewhere"), rules(new ObjectMapper().readTree(result.out())));
    }

    @Test
    void suppressionsAndBaselinesNameDeclaredRulesById() throws Exception {
        CliRun cli = CliRun.in(dir).file(".reportlint.json", CONFIG).file("a.html",
                "<!-- reportlint-disable-file house/disclaimer -- a fragment -->\n<h1>Solar market</h1>\n"
                        + "<!-- reportlint-disable-next-line house/no-guaranteed -->\n"
                        + REPORT.substring(REPORT.indexOf("<p>")));
        JsonNode report = new ObjectMapper().readTree(cli.run("-f", "json", "a.html").out());
        assertEquals(List.of("2:11 warning house/headings 'Solar market' is not in Title Case",
                "4:41 warning house/use Use 'Use' instead of 'Utilise'",
                "5:30 info house/email 'e-mail' here, 'email' elsewhere"), rules(report));

        assertEquals(0, cli.run("--baseline", "b.json", "--update-baseline", "a.html").exitCode());
        assertTrue(Files.readString(dir.resolve("b.json")).contains("house/use"));
        assertTrue(Files.readString(dir.resolve("b.json")).contains("house/headings"));
        CliRun.Result again = cli.run("-f", "json", "--baseline", "b.json", "a.html");
        assertEquals(List.of(), rules(new ObjectMapper().readTree(again.out())), again.err());
    }

    @Test
    void fixWritesTheSubstitutionInTheOriginalsCase() throws Exception {
        CliRun cli = CliRun.in(dir).file(".reportlint.json", CONFIG).file("a.html", REPORT);
        cli.run("--fix", "a.html");
        assertEquals(REPORT.replace("We Utilise", "We Use"), Files.readString(dir.resolve("a.html")));
    }

    @Test
    void sarifDescribesDeclaredRulesWithTheirLink() throws Exception {
        CliRun.Result result = CliRun.in(dir).file(".reportlint.json", CONFIG).file("a.html", REPORT)
                .run("-f", "sarif", "a.html");
        JsonNode rules = new ObjectMapper().readTree(result.out()).get("runs").get(0).get("tool").get("driver")
                .get("rules");
        JsonNode guaranteed = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("house/no-guaranteed")) {
                guaranteed = rule;
            }
        }
        assertEquals("https://example.com/style#guaranteed", guaranteed.get("helpUri").asText());
        assertEquals("error", guaranteed.get("defaultConfiguration").get("level").asText());
    }

    @Test
    void rulesAndExplainListDeclaredRules() throws Exception {
        CliRun cli = CliRun.in(dir).file(".reportlint.json", CONFIG);
        String table = cli.run("rules").out();
        assertTrue(table.contains("house/use"), table);
        assertTrue(table.contains("placeholder"), table);
        CliRun.Result explain = cli.run("explain", "house/no-guaranteed");
        assertEquals(0, explain.exitCode(), explain.err());
        for (String line : List.of("Kind: existence", "Patterns: \"guaranteed returns?\"", "Scope: text",
                "Link: https://example.com/style#guaranteed", "Default severity: error")) {
            assertTrue(explain.out().contains(line), explain.out());
        }
    }

    @Test
    void aBadPatternIsAOneLineConfigurationError() throws Exception {
        CliRun.Result result = CliRun.in(dir).file(".reportlint.json", CONFIG.replace("guaranteed returns?",
                "(?<!un)guaranteed")).file("a.html", REPORT).run("a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: .reportlint.json:7:42: custom rule \"house/no-guaranteed\": pattern "
                + "\"(?<!un)guaranteed\": RE2 does not support look-behind (?<=...) / (?<!...) (at character 1): "
                + "match the preceding text as part of the pattern, or use \\b for a word edge\n", result.err());
    }

    private static final String FIGURE_CONFIG = """
            {
              "root": true,
              "extends": "none",
              "customRules": {
                "house/cagr-cap": {"kind": "figure", "fact": "cagr", "max": 25, "level": "error",
                                   "message": "CAGR %s is above the house limit of %s"},
                "house/use": {"kind": "substitution", "message": "Use '%s' instead of '%s'", "swap": {"utilise": "use"}}
              }
            }
            """;

    @Test
    void aFigureRuleIsSuppressedInARangeBaselinedAndExplained() throws Exception {
        String report = "<title>Global Widget Market Report</title>\n"
                + "<p>The widget market will grow at a CAGR of 31% from 2025 to 2032.</p>\n"
                + "<!-- reportlint-disable house/cagr-cap -- the sponsor's own forecast -->\n"
                + "<p>The widget market is expected to grow at a CAGR of 40% over the forecast period.</p>\n"
                + "<!-- reportlint-enable house/cagr-cap -->\n";
        CliRun cli = CliRun.in(dir).file(".reportlint.json", FIGURE_CONFIG).file("a.html", report);
        CliRun.Result first = cli.run("-f", "json", "a.html");
        assertEquals(1, first.exitCode(), first.err());
        assertEquals(List.of("2:45 error house/cagr-cap CAGR 31% is above the house limit of 25%"),
                rules(new ObjectMapper().readTree(first.out())));

        assertEquals(0, cli.run("--baseline", "b.json", "--update-baseline", "a.html").exitCode());
        assertEquals(0, cli.run("--baseline", "b.json", "a.html").exitCode());
        // A new figure beyond the limit is not the accepted one, wherever it is.
        cli.file("a.html", "<p>Widget demand is strong; the widget market may grow at a CAGR of 28% by 2032.</p>\n"
                + report);
        CliRun.Result grown = cli.run("-f", "json", "--baseline", "b.json", "a.html");
        assertEquals(1, grown.exitCode(), grown.err());
        assertEquals(List.of("1:69 error house/cagr-cap CAGR 28% is above the house limit of 25%"),
                rules(new ObjectMapper().readTree(grown.out())));

        CliRun.Result explain = cli.run("explain", "house/cagr-cap");
        assertEquals(0, explain.exitCode(), explain.err());
        for (String line : List.of("Kind: figure", "Fact: cagr", "Max: 25%", "Subjects: market",
                "Historical rates: not checked", "Scope: text")) {
            assertTrue(explain.out().contains(line), explain.out());
        }
    }

    @Test
    void fixLeavesSuppressedSubstitutionsAsTheyAre() throws Exception {
        String report = "We utilise panels.\n\n<!-- reportlint-disable-next-line house/use -- quoted -->\n"
                + "\"We utilise nothing,\" the brochure said.\n\nUTILISE them.\n";
        CliRun cli = CliRun.in(dir).file(".reportlint.json", FIGURE_CONFIG).file("a.md", report);
        CliRun.Result fixed = cli.run("--fix", "a.md");
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertEquals(report.replace("We utilise panels", "We use panels").replace("UTILISE them", "USE them"),
                Files.readString(dir.resolve("a.md")));
    }
}
