package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in {@code duplicate-report} through the real command line: a folder run, shards, stdin, one file. */
class DuplicateReportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ONLY_DUPLICATES = "{\"root\": true, \"extends\": \"none\", "
            + "\"rules\": {\"duplicate-report\": \"info\"}}";

    @TempDir
    Path dir;

    private CliRun cli;

    /** A small market report of about 150 words whose names and figures come from its market. */
    static String report(String market, int seed) {
        return "<html><head><title>" + market + " Market Report</title></head><body>\n"
                + "<h1>" + market + " Market Report</h1>\n"
                + "<p>The " + market + " market was worth USD " + (seed + 3) + "." + seed % 10 + " billion in 2024 and "
                + "should grow by " + (seed % 7 + 2) + "." + seed % 3 + "% a year to " + (2030 + seed % 3) + ".</p>\n"
                + "<p>Buyers of " + market + " products in utilities, factories and hospitals ask for longer "
                + "warranties, remote monitoring and lower running costs, and " + market + " suppliers answer "
                + "with service contracts.</p>\n"
                + "<p>The largest " + market + " suppliers hold " + (20 + seed % 30) + "% of sales, while regional "
                + "makers win tenders on price and delivery.</p>\n"
                + "<p>This report gives revenue by type, end use and region, profiles of the leading companies "
                + "and their recent moves. Our analysts interview manufacturers, distributors and buyers and check "
                + "every estimate against company filings and trade statistics before it is published. Contact "
                + "our sales team for a licence for your whole organisation or for research of your own.</p>\n"
                + "</body></html>\n";
    }

    @BeforeEach
    void reports() throws Exception {
        cli = CliRun.in(dir)
                .file("reports/pumps.html", report("Centrifugal Pump", 1))
                .file("reports/valves.html", report("Industrial Valve", 2))
                .file("reports/archive/valves-copy.md", "# Valves: the 2024 edition\n\n"
                        + "<!-- the same report, saved as Markdown under another title -->\n"
                        + report("Industrial Valve", 2).replaceAll("(?s)<head>.*?</head>|<h1>.*?</h1>", "")
                        .replaceAll("<[^>]+>", "") + "\n")
                .file("reports/bearings.html", report("Ball Bearing", 3));
    }

    private CliRun.Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--no-color"));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    @Test
    void theRecommendedRulesFindTheCopyInTheLaterFileWithTheEarlierAsRelatedPlace() throws Exception {
        CliRun.Result result = check("-f", "json", "reports");
        assertEquals(0, result.exitCode(), "an info does not fail the run: " + result.err());
        JsonNode files = JSON.readTree(result.out()).get("files");
        List<String> flagged = new ArrayList<>();
        for (JsonNode file : files) {
            for (JsonNode finding : file.get("findings")) {
                if (finding.get("rule").textValue().equals("duplicate-report")) {
                    flagged.add(file.get("path").textValue());
                    assertEquals("info", finding.get("severity").textValue());
                    assertEquals("The text of this report is the same as that of reports/archive/valves-copy.md",
                            finding.get("message").textValue());
                    assertEquals("{\"message\":\"the same text here\",\"path\":\"reports/archive/valves-copy.md\","
                            + "\"line\":1,\"column\":3,\"endLine\":1,\"endColumn\":27}",
                            finding.get("related").get(0).toString());
                }
            }
        }
        // archive/valves-copy.md sorts before valves.html: the later path has the finding, at its title.
        assertEquals(List.of("reports/valves.html"), flagged);
    }

    @Test
    void theFindingIsInTheLaterPathAndTextShowsTheOtherFile() throws Exception {
        Files.writeString(dir.resolve(".reportlint.json"), ONLY_DUPLICATES);
        CliRun.Result result = check("reports");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("reports/valves.html\n"), result.out());
        assertTrue(result.out().contains("The text of this report is the same as that of "
                + "reports/archive/valves-copy.md  duplicate-report"), result.out());
        assertTrue(result.out().contains("reports/archive/valves-copy.md:1:3"), "the related place: " + result.out());
        assertEquals(1, result.out().split("duplicate-report", -1).length - 1, result.out());
    }

    @Test
    void theMarkdownScorecardAndTheHtmlReportNameTheOtherFile() throws Exception {
        Files.writeString(dir.resolve(".reportlint.json"), ONLY_DUPLICATES);
        CliRun.Result result = check("-f", "markdown", "-f", "html=report.html", "reports");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("duplicate-report"), result.out());
        assertTrue(result.out().contains("The text of this report is the same as that of "
                + "reports/archive/valves-copy.md"), result.out());
        String html = Files.readString(dir.resolve("report.html"));
        // The related place in the page's data: message, line, column and the index of its file, the first of the run.
        assertTrue(html.contains("[[\"the same text here\",1,3,0]]"), "the related place in the data");
        assertTrue(html.contains("reports/archive/valves-copy.md"), "its file is listed");
    }

    @Test
    void aSingleFileOrStandardInputIsComparedWithNothing() throws Exception {
        Files.writeString(dir.resolve(".reportlint.json"), ONLY_DUPLICATES);
        assertEquals(0, check("-f", "json", "reports/valves.html").exitCode());
        assertTrue(!check("reports/valves.html").out().contains("duplicate-report"));
        // The draft on standard input is the same report as a file of the run, and still not compared with it.
        CliRun.Result piped = cli.stdin(report("Industrial Valve", 2))
                .run("check", "--no-color", "-f", "json", "--stdin-filename", "draft.html", "-", "reports/valves.html");
        assertEquals(0, piped.exitCode(), piped.err());
        for (JsonNode file : JSON.readTree(piped.out()).get("files")) {
            assertEquals(0, file.get("findings").size(), file.toString());
        }
    }

    @Test
    void aSuppressionAndTheBaselineHideTheFinding() throws Exception {
        Files.writeString(dir.resolve(".reportlint.json"), ONLY_DUPLICATES);
        CliRun.Result baseline = check("--fail-on", "info", "--baseline", "b.json", "--update-baseline", "reports");
        assertEquals(0, baseline.exitCode(), baseline.err());
        assertEquals(0, check("--fail-on", "info", "--baseline", "b.json", "reports").exitCode());
        assertEquals(1, check("--fail-on", "info", "reports").exitCode());
        Path copy = dir.resolve("reports/valves.html");
        Files.writeString(copy, "<!-- reportlint-disable-file duplicate-report -- the archive keeps a copy -->\n"
                + Files.readString(copy));
        assertEquals(0, check("--fail-on", "info", "reports").exitCode());
    }

    @Test
    void shardsMergedGiveTheFindingsOfOneRun() throws Exception {
        Files.writeString(dir.resolve(".reportlint.json"), ONLY_DUPLICATES);
        for (int i = 0; i < 12; i++) {
            cli.file("reports/more/r" + i + ".html", report("Market " + (char) ('A' + i), i));
        }
        cli.file("reports/more/r5-again.html", report("Market F", 5).replace("$", "USD "));
        CliRun.Result whole = check("-f", "json=whole.json", "--fail-on", "info", "reports");
        assertEquals(1, whole.exitCode(), whole.err());
        List<String> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            CliRun.Result shard = check("--shard", k + "/3", "-f", "json=s" + k + ".json", "reports");
            assertNotEquals(2, shard.exitCode(), shard.err());
            shards.add("s" + k + ".json");
        }
        List<String> merge = new ArrayList<>(List.of("merge", "-f", "json=merged.json", "--fail-on", "info"));
        merge.addAll(shards);
        CliRun.Result merged = cli.run(merge.toArray(String[]::new));
        assertEquals(1, merged.exitCode(), merged.err());
        JsonNode one = JSON.readTree(dir.resolve("whole.json").toFile());
        JsonNode joined = JSON.readTree(dir.resolve("merged.json").toFile());
        assertEquals(without(one), without(joined));
        assertEquals(2, one.get("summary").get("infos").intValue(), one.toString());
    }

    @Test
    void withGroupsConfiguredReportsAreComparedWithinTheirGroupOnlyAlsoAcrossShards() throws Exception {
        // Two publishers each carry the same syndicated report: a copy within one publisher's folder is a finding,
        // the same text at the other publisher is not compared.
        Files.writeString(dir.resolve(".reportlint.json"), "{\"root\": true, \"extends\": \"none\", "
                + "\"rules\": {\"duplicate-report\": \"info\"}, "
                + "\"groups\": {\"north\": [\"north/**\"], \"south\": [\"south/**\"]}}");
        cli.file("north/gears.html", report("Gearbox", 4))
                .file("north/gears-again.html", report("Gearbox", 4).replace("<title>", "<title>Again: "))
                .file("south/gears.html", report("Gearbox", 4))
                .file("south/seals.html", report("Rubber Seal", 5));
        CliRun.Result whole = check("-f", "json=whole.json", "north", "south");
        assertEquals(0, whole.exitCode(), whole.err());
        JsonNode files = JSON.readTree(dir.resolve("whole.json").toFile()).get("files");
        List<String> flagged = new ArrayList<>();
        files.forEach(file -> file.get("findings").forEach(finding -> flagged.add(file.get("path").textValue()
                + ": " + finding.get("message").textValue())));
        assertEquals(List.of("north/gears.html: The text of this report is the same as that of "
                + "north/gears-again.html"), flagged);
        for (int k = 1; k <= 2; k++) {
            check("--shard", k + "/2", "-f", "json=g" + k + ".json", "north", "south");
        }
        CliRun.Result merged = cli.run("merge", "-f", "json=merged.json", "g1.json", "g2.json");
        assertEquals(0, merged.exitCode(), merged.err());
        assertEquals(without(JSON.readTree(dir.resolve("whole.json").toFile())),
                without(JSON.readTree(dir.resolve("merged.json").toFile())));
    }

    /** The report without what names the run rather than its findings. */
    private static JsonNode without(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("tool");
        return copy;
    }
}
