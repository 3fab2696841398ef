package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in {@code foreign-market-name} rule through the real command line: a folder of reports of one family, one
 * of them with a paragraph copied from another's; found on a folder run, not on one file or standard input, and the
 * same from shards merged as from one run.
 */
class ForeignMarketNameCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MARKETS = {"Widget Coating", "Gadget Sensor", "Sprocket Gear", "Valve Actuator",
        "Pump Seal", "Rotor Blade", "Filter Cartridge", "Bearing Housing"};

    @TempDir
    Path dir;

    private CliRun cli;

    /** A report of the family: every paragraph a template with the market's name, one of them optionally another's. */
    private static String report(String market, String copiedFrom) {
        String lower = market.toLowerCase(java.util.Locale.ROOT);
        String other = copiedFrom == null ? lower : copiedFrom.toLowerCase(java.util.Locale.ROOT);
        return "<html><head><title>" + market + " Market Size and Forecast 2024-2030</title></head><body>\n"
                + "<h1>" + market + " Market</h1>\n"
                + "<p>The " + lower + " market is segmented by type, application and region, and each segment is "
                + "analysed for its revenue share, growth outlook and competitive intensity.</p>\n"
                + "<p>Rising investment in automation and stricter quality standards are the main forces shaping the "
                + other + " market, while raw material prices remain the largest risk for suppliers.</p>\n"
                + "</body></html>\n";
    }

    @BeforeEach
    void family() throws Exception {
        cli = CliRun.in(dir).file(".reportlint.json",
                "{\"root\": true, \"extends\": \"none\", \"rules\": {\"foreign-market-name\": \"warning\"}}\n");
        for (int i = 0; i < MARKETS.length; i++) {
            String copiedFrom = i == 1 ? MARKETS[0] : null;
            cli.file("reports/r" + i + ".html", report(MARKETS[i], copiedFrom));
        }
    }

    private static List<JsonNode> findings(CliRun.Result result) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode file : JSON.readTree(result.out()).get("files")) {
            file.get("findings").forEach(all::add);
        }
        return all;
    }

    @Test
    void aFolderRunFindsTheCopiedParagraphAndPointsAtTheOtherReport() throws Exception {
        CliRun.Result result = cli.run("check", "-f", "json", "reports");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode files = JSON.readTree(result.out()).get("files");
        assertEquals("reports/r1.html", files.get(1).get("path").textValue());
        JsonNode finding = files.get(1).get("findings").get(0);
        assertEquals("foreign-market-name", finding.get("rule").textValue());
        assertEquals("Paragraph copied from the widget coating market report (reports/r0.html) still names "
                + "\"widget coating market\"; this report is on the gadget sensor market",
                finding.get("message").textValue());
        assertEquals(4, finding.get("line").intValue());
        JsonNode related = finding.get("related").get(0);
        assertEquals("reports/r0.html", related.get("path").textValue());
        assertEquals(4, related.get("line").intValue());
        assertEquals("the same paragraph in the widget coating market report", related.get("message").textValue());
        assertEquals(1, findings(result).size(), "only the copy");
        assertEquals(1, cli.run("check", "--fail-on", "warning", "reports").exitCode());
    }

    @Test
    void itIsOnInTheRecommendedPreset() throws Exception {
        cli.file(".reportlint.json", "{\"root\": true}\n");
        long found = findings(cli.run("check", "-f", "json", "reports")).stream()
                .filter(f -> f.get("rule").textValue().equals("foreign-market-name")).count();
        assertEquals(1, found);
    }

    @Test
    void oneFileOrStandardInputAloneHasNothingToCompareWith() throws Exception {
        CliRun.Result one = cli.run("check", "-f", "json", "reports/r1.html");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(List.of(), findings(one));
        CliRun.Result stdin = cli.stdin(Files.readString(dir.resolve("reports/r1.html")))
                .run("check", "-f", "json", "--stdin-filename", "reports/r1.html", "-");
        assertEquals(0, stdin.exitCode(), stdin.err());
        assertEquals(List.of(), findings(stdin));
        assertEquals(1, findings(cli.run("check", "-f", "json", "reports/r0.html", "reports/r1.html")).size(),
                "two files named on the command line are one run");
    }

    @Test
    void threeShardsMergedFindWhatOneRunFinds() throws Exception {
        CliRun.Result whole = cli.run("check", "-f", "json=whole.json", "-f", "sarif=whole.sarif", "reports");
        Set<Integer> shardsWithTheTwo = new HashSet<>();
        List<String> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            CliRun.Result shard = cli.run("check", "--shard", k + "/3", "-f", "json=s" + k + ".json", "reports");
            assertEquals(0, shard.exitCode(), shard.err());
            for (JsonNode file : JSON.readTree(dir.resolve("s" + k + ".json").toFile()).get("files")) {
                String path = file.get("path").textValue();
                if (path.equals("reports/r0.html") || path.equals("reports/r1.html")) {
                    shardsWithTheTwo.add(k);
                }
                assertEquals(0, file.get("findings").size(), "no shard can find it alone: " + path);
            }
            shards.add("s" + k + ".json");
        }
        assertEquals(2, shardsWithTheTwo.size(), "the copy and its source are in different shards");
        CliRun.Result merged = cli.run("merge", "-f", "json=merged.json", "-f", "sarif=merged.sarif",
                shards.get(0), shards.get(1), shards.get(2));
        assertEquals(whole.exitCode(), merged.exitCode(), merged.err());
        assertEquals(whole.out(), merged.out());
        assertEquals(Files.readString(dir.resolve("whole.json")), Files.readString(dir.resolve("merged.json")));
        assertEquals(Files.readString(dir.resolve("whole.sarif")), Files.readString(dir.resolve("merged.sarif")));
        assertTrue(Files.readString(dir.resolve("merged.json")).contains("foreign-market-name"));
    }
}
