package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.RuleRegistry;

/**
 * The built-in cross-document-figures rule through the real command line: a folder of reports on one market, one of
 * which states another size; on its own in the recommended preset, configured with aliases, not on a single file or
 * standard input, and split into shards that merge into the same report as one run.
 */
class CrossDocumentFiguresCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "cross-document-figures";
    private static final String ONLY_IT = "{\"root\": true, \"extends\": \"none\", \"rules\": {\"" + RULE
            + "\": \"warning\"}}";

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void reports() throws Exception {
        cli = CliRun.in(dir).rules(CrossDocumentFiguresCliTest::builtInRules);
        String[] names = {"a.html", "b.md", "c.txt", "d/e.md", "d/f.html", "g.md"};
        for (int i = 0; i < names.length; i++) {
            String amount = i == 4 ? "USD 2.9 trillion" : "USD 2.9 billion";
            cli.file("reports/" + names[i], report(names[i], "Pressure Sensor Market Report",
                    "The pressure sensor market was valued at " + amount + " in 2024."));
        }
        cli.file("reports/h.md", report("h.md", "Flow Meter Market Report",
                "The flow meter market was valued at USD 2.9 trillion in 2024."));
    }

    /** Every built-in rule and none of the test rules. */
    private static RuleRegistry builtInRules() {
        RuleRegistry every = RuleRegistry.load(CrossDocumentFiguresCliTest.class.getClassLoader());
        return RuleRegistry.of(every.rules().stream().filter(rule -> !rule.metadata().id().startsWith("test-"))
                .toList(), every.crossDocumentRules().stream()
                .filter(rule -> !rule.metadata().id().startsWith("test-")).toList());
    }

    private static String report(String name, String title, String sentence) {
        if (name.endsWith(".html")) {
            return "<html><head><title>" + title + "</title></head><body>\n<h1>" + title + "</h1>\n<p>" + sentence
                    + "</p>\n</body></html>\n";
        }
        return name.endsWith(".md") ? "# " + title + "\n\n" + sentence + "\n" : title + "\n\n" + sentence + "\n";
    }

    /** The findings of the rule in a JSON report, as "path:line:column message". */
    private static List<String> findings(String json) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode file : JSON.readTree(json).get("files")) {
            for (JsonNode finding : file.get("findings")) {
                if (finding.get("rule").textValue().equals(RULE)) {
                    found.add(file.get("path").textValue() + ":" + finding.get("line") + ":" + finding.get("column")
                            + " " + finding.get("message").textValue());
                }
            }
        }
        return found;
    }

    @Test
    void aFolderRunFlagsTheReportThatDisagreesInTheRecommendedPreset() throws Exception {
        CliRun.Result result = cli.run("check", "-f", "json", "reports");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("reports/d/f.html:3:45 Market size USD 2.9 trillion for 2024 differs from USD 2.9 "
                + "billion stated for the pressure sensor market in 5 other reports"), findings(result.out()));
        JsonNode finding = JSON.readTree(result.out()).get("files").get(4).get("findings").get(0);
        assertEquals(5, finding.get("related").size());
        assertEquals("reports/a.html", finding.get("related").get(0).get("path").textValue());
        assertEquals("USD 2.9 billion for 2024 stated here", finding.get("related").get(0).get("message").textValue());
        CliRun.Result text = cli.run("check", "reports");
        assertTrue(text.out().contains("    = reports/a.html:3:45  USD 2.9 billion for 2024 stated here\n"),
                text.out());
    }

    @Test
    void aSingleFileAndStandardInputHaveNoOtherReport() throws Exception {
        assertEquals(List.of(), findings(cli.run("check", "-f", "json", "reports/d/f.html").out()));
        CliRun.Result stdin = cli.stdin(Files.readString(dir.resolve("reports/d/f.html")))
                .run("check", "-f", "json", "--stdin-filename", "f.html", "-");
        assertEquals(List.of(), findings(stdin.out()));
        assertEquals(List.of("reports/a.html:3:45 Market size USD 2.9 billion for 2024 differs from USD 2.9 trillion "
                + "stated for the pressure sensor market in reports/d/f.html, and no value has a majority",
                "reports/d/f.html:3:45 Market size USD 2.9 trillion for 2024 differs from USD 2.9 billion stated for "
                + "the pressure sensor market in reports/a.html, and no value has a majority"),
                findings(cli.run("check", "-f", "json", "reports/a.html", "reports/d/f.html").out()),
                "two files are a run of two reports, one against one");
    }

    @Test
    void aliasesAreConfiguredInReportlintJson() throws Exception {
        cli.file("reports/i.md", report("i.md", "Pressure Transducer Market Report",
                "The pressure transducer market was valued at USD 9.9 billion in 2024."));
        assertEquals(1, findings(cli.run("check", "-f", "json", "reports").out()).size());
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"" + RULE + "\": [\"warning\", "
                + "{\"aliases\": [[\"pressure sensor\", \"pressure transducer\"]]}]}}");
        List<String> aliased = findings(cli.run("check", "-f", "json", "reports").out());
        assertEquals(2, aliased.size(), aliased.toString());
        assertTrue(aliased.get(1).startsWith("reports/i.md:3:46 Market size USD 9.9 billion for 2024 differs"),
                aliased.toString());
    }

    @Test
    void badAliasesAreAConfigurationErrorNamingThePlace() throws Exception {
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"" + RULE + "\": [\"warning\",\n"
                + "  {\"aliases\": [\"pressure sensor\", \"pressure transducer\"]}]}}");
        CliRun.Result wrongType = cli.run("check", "reports");
        assertEquals(2, wrongType.exitCode());
        assertEquals("reportlint: .reportlint.json:2:15: option \"aliases\" must be an array of arrays of strings, "
                + "not array\n", wrongType.err());
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"" + RULE + "\": [\"warning\",\n"
                + "  {\"aliases\": [[\"pressure sensor\"]]}]}}");
        CliRun.Result oneName = cli.run("check", "reports");
        assertEquals(2, oneName.exitCode());
        assertEquals("reportlint: .reportlint.json:2:15: option \"aliases\" of rule \"" + RULE + "\": each group "
                + "needs at least two names, not [pressure sensor]\n", oneName.err());
    }

    @Test
    void shardsMergedGiveTheFindingsOfOneRun() throws Exception {
        cli.file(".reportlint.json", ONLY_IT);
        for (String folder : List.of("whole", "shards", "merged")) {
            Files.createDirectories(dir.resolve(folder));
        }
        CliRun.Result whole = cli.run("check", "-f", "text", "-f", "json=whole/r.json", "-f", "sarif=whole/r.sarif",
                "reports");
        List<String> shards = new ArrayList<>(List.of("merge", "-f", "text", "-f", "json=merged/r.json", "-f",
                "sarif=merged/r.sarif"));
        for (int k = 1; k <= 3; k++) {
            CliRun.Result shard = cli.run("check", "--shard", k + "/3", "-f", "json=shards/" + k + ".json", "reports");
            assertNotEquals(2, shard.exitCode(), shard.err());
            assertEquals(List.of(), findings(Files.readString(dir.resolve("shards/" + k + ".json"))),
                    "a shard alone cannot report across documents");
            shards.add("shards/" + k + ".json");
        }
        CliRun.Result merged = cli.run(shards.toArray(String[]::new));
        assertEquals(whole.exitCode(), merged.exitCode(), merged.err());
        assertEquals(whole.out(), merged.out());
        assertEquals(Files.readString(dir.resolve("whole/r.json")), Files.readString(dir.resolve("merged/r.json")));
        assertEquals(Files.readString(dir.resolve("whole/r.sarif")), Files.readString(dir.resolve("merged/r.sarif")));
        assertEquals(1, findings(Files.readString(dir.resolve("merged/r.json"))).size());
    }
}
