package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .reportlint.json discovery, --config, validation messages, --print-config and init, through the real CLI. */
class ConfigurationCliTest {
    private static final String DEFECTS = "<p>oops and hmm</p>\n";

    @TempDir
    Path dir;

    @Test
    void discoveredConfigReLevelsRules() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\"root\": true, \"rules\": {\"test-oops\": \"warning\"}}")
                .file("a.html", DEFECTS);
        CliRun.Result result = cli.run("--format", "json", "a.html");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode summary = new ObjectMapper().readTree(result.out()).get("summary");
        assertEquals(0, summary.get("errors").intValue());
        assertEquals(2, summary.get("warnings").intValue());
    }

    @Test
    void overridesAndCommandLineApplyInOrder() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\"root\": true, \"overrides\": [{\"files\": \"legacy/**\", \"rules\": {\"test-oops\": \"off\"}}]}")
                .file("legacy/a.html", DEFECTS)
                .file("new/a.html", DEFECTS);
        assertEquals(0, cli.run("legacy").exitCode());
        assertEquals(1, cli.run("new").exitCode());
        assertEquals(1, cli.run("--rule", "test-oops=error", "legacy").exitCode());
    }

    @Test
    void misspelledRuleIdIsAUsageErrorWithPositionAndSuggestion() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\n  \"root\": true,\n  \"rules\": {\n    \"test-oop\": \"error\"\n  }\n}\n")
                .file("a.html", DEFECTS);
        CliRun.Result result = cli.run("a.html");
        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("reportlint: .reportlint.json:4:5: unknown rule \"test-oop\" (did you mean \"test-oops\"?)\n",
                result.err());
    }

    @Test
    void configThatIsNotJsonIsOneLocatedSentenceWithoutParserInternals() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\n  \"root\": true,\n  \"rules\": {}\n    \"include\": [\"*.html\"]\n}\n")
                .file("a.html", DEFECTS);
        CliRun.Result result = cli.run("a.html");
        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("reportlint: .reportlint.json:4:5: expected a ',' or '}' after a value\n", result.err());
    }

    @Test
    void configCutOffMidwayNamesTheEndOfTheFile() throws Exception {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().file("cut.json", "{\"root\": true, \"rules\": {")
                .file("a.html", DEFECTS).run("--config", "cut.json", "a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: cut.json:1:26: the file ends before the JSON is complete (missing '}' or ']'?)\n",
                result.err());
    }

    @Test
    void wrongSeverityAndBadOptionTypeAreLocated() throws Exception {
        CliRun cli = CliRun.in(dir).file("a.html", "<p>fine</p>")
                .file("bad-level.json", "{\"rules\": {\"placeholder\": \"fatal\"}}")
                .file("bad-option.json", "{\"rules\": {\"date-range\": [\"warning\", {\"asOf\": \"2026\"}]}}");
        CliRun.Result level = cli.run("--config", "bad-level.json", "a.html");
        assertEquals(2, level.exitCode());
        assertTrue(level.err().equals("reportlint: bad-level.json:1:27: unknown level \"fatal\": use one of off, info, warning, error\n"),
                level.err());
        CliRun.Result option = cli.run("--config", "bad-option.json", "a.html");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().equals("reportlint: bad-option.json:1:47: option \"asOf\" must be an integer, not string\n"),
                option.err());
    }

    @Test
    void invalidPatternOptionIsAConfigurationError() throws Exception {
        CliRun cli = CliRun.in(dir).file("a.html", "<p>fine</p>")
                .file(".reportlint.json", "{\"root\": true,\n \"rules\": {\"placeholder\": [\"error\", {\"extraPatterns\": [\"(unclosed\"]}]}}");
        CliRun.Result result = cli.run("a.html");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("reportlint: .reportlint.json:2:55: option \"extraPatterns\" of rule \"placeholder\": "
                + "invalid pattern \"(unclosed\""), result.err());
    }

    @Test
    void missingExplicitConfigIsAUsageError() throws Exception {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().file("a.html", DEFECTS).run("-c", "nope.json", "a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: no such config file: nope.json\n", result.err());
    }

    @Test
    void configIncludeAndExcludeDecideTheWalk() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\"root\": true, \"include\": [\"*.txt\"], \"exclude\": [\"drafts/**\"]}")
                .file("a.html", DEFECTS)
                .file("b.txt", "oops")
                .file("drafts/c.txt", "oops");
        CliRun.Result result = cli.run("--format", "json", ".");
        JsonNode files = new ObjectMapper().readTree(result.out()).get("files");
        assertEquals(1, files.size());
        assertEquals("b.txt", files.get(0).get("path").textValue());
    }

    @Test
    void printConfigShowsTheEffectiveLevelsAndSources() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\"root\": true, \"extends\": \"all\", \"rules\": {\"test-hmm\": \"off\"}}")
                .file("r/a.html", DEFECTS);
        CliRun.Result result = cli.run("--print-config", "r/a.html", "--rule", "test-note=error");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode config = new ObjectMapper().readTree(result.out());
        assertEquals("r/a.html", config.get("file").textValue());
        assertEquals("all", config.get("extends").textValue());
        assertEquals(dir.resolve(".reportlint.json").toString(), config.get("configFiles").get(0).textValue());
        assertEquals("off", config.get("rules").get("test-hmm").textValue());
        assertEquals("error", config.get("rules").get("test-oops").textValue());
        assertEquals("error", config.get("rules").get("test-note").textValue());
        assertEquals("error", config.get("rules").get("internal-error").textValue());
    }

    @Test
    void initWritesAValidStarterConfigOnce() throws Exception {
        CliRun cli = CliRun.in(dir).file("a.html", "<p>fine</p>");
        CliRun.Result result = cli.run("init");
        assertEquals(0, result.exitCode(), result.err());
        String config = Files.readString(dir.resolve(".reportlint.json"));
        assertTrue(config.contains("\"placeholder\": \"error\","), config);
        assertTrue(config.contains("// "), config);
        assertEquals(0, cli.run("a.html").exitCode(), "the starter config must be valid");
        CliRun.Result again = cli.run("init");
        assertEquals(2, again.exitCode());
        assertEquals("reportlint: .reportlint.json already exists; use --force to overwrite it\n", again.err());
        assertEquals(0, cli.run("init", "--force").exitCode());
    }

    @Test
    void theFormatsMapChoosesHowFilesAndStandardInputAreRead() throws Exception {
        CliRun cli = CliRun.in(dir)
                .file(".reportlint.json", "{\"root\": true,\n \"formats\": {\"**/*.md\": \"html\", "
                        + "\"notes/**\": \"text\"}}")
                .file("a.md", "<h2>Title</h1>\n")
                .file("notes/b.md", "# Notes\n");
        CliRun.Result result = cli.run("-f", "json", "a.md", "notes/b.md");
        JsonNode files = new ObjectMapper().readTree(result.out()).get("files");
        assertEquals("html", files.get(0).get("format").textValue());
        assertEquals("malformed-html", files.get(0).get("findings").get(0).get("rule").textValue(),
                "read as HTML, the mismatched end tag is found");
        assertEquals("text", files.get(1).get("format").textValue(), "a later entry wins");

        CliRun.Result stdin = cli.stdin("<h2>Title</h1>\n").run("-f", "json", "--stdin-filename", "page.md", "-");
        JsonNode piped = new ObjectMapper().readTree(stdin.out()).get("files").get(0);
        assertEquals("page.md", piped.get("path").textValue());
        assertEquals("html", piped.get("format").textValue(), "the map applies to the --stdin-filename");

        JsonNode printed = new ObjectMapper().readTree(cli.run("--print-config", "notes/b.md").out());
        assertEquals("text", printed.get("format").textValue());
        assertEquals("auto", new ObjectMapper().readTree(cli.run("--print-config", "c.txt").out())
                .get("format").textValue(), "no entry matches: detected from the name and content");
    }

    @Test
    void anUnknownFormatInTheMapIsAConfigurationError() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly()
                .file(".reportlint.json", "{\"root\": true,\n  \"formats\": {\"**/*.txt\": \"md\"}}")
                .file("a.txt", "fine\n");
        CliRun.Result result = cli.run("a.txt");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: .reportlint.json:2:27: unknown format \"md\" for \"**/*.txt\": use one of html, "
                + "markdown, text\n", result.err());
        assertEquals("", result.out());
    }
}
