package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --shard K/N} and {@code merge} through the real command line: three shards of a folder with a
 * cross-document rule (test-same-title) whose duplicates sit in different shards, inline suppressions that hide
 * cross-document findings only, an unused one, a fixable finding and a skipped binary file, merged and compared
 * byte for byte with one run in every built-in format.
 */
class ShardCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("json", "sarif", "checkstyle", "junit", "github", "html");
    private static final String[] RULES = {"--rule=test-same-title", "--rule=test-note"};

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void reports() throws Exception {
        cli = CliRun.in(dir).testRulesOnly()
                .file("reports/a.md", "# Widget Market\n\nSome oops text, hmm.\n")
                .file("reports/b.html", "<p>intro hmm</p>\n<h1>Widget Market</h1>\n<p>" + "filler ".repeat(300)
                        + "</p>\n")
                .file("reports/c.txt", "# Gadget Market\nNB: a note, oops.\n")
                // Hidden only by a directive that a cross-document finding uses: a wrong merge reports it unused.
                .file("reports/d.md", "<!-- reportlint-disable-next-line test-same-title -- copied on purpose -->\n"
                        + "# Widget Market\n" + "text ".repeat(200) + "\n")
                .file("reports/e.md", "<!-- reportlint-disable test-same-title -->\n# Gadget Market\n"
                        + "<!-- reportlint-enable test-same-title -->\noops and hmm\n"
                        // Used in the shard's own round: the merge must know, or it reports the directive unused.
                        + "<!-- reportlint-disable-next-line test-oops -->\nan oops on purpose\n")
                .file("reports/f.md", "<!-- reportlint-disable-next-line test-same-title -->\n# Unique Title\n")
                .file("reports/g/h.html", "<h1>Gadget Market</h1>\n<p>" + "oops ".repeat(500) + "</p>\n")
                .file("reports/i.md", "# Widget Market\n")
                .file("reports/blob.txt", new byte[] {'a', 0, 0, 1, 2, 'b'});
        for (String folder : List.of("whole", "merged", "shards")) {
            Files.createDirectories(dir.resolve(folder));
        }
    }

    @Test
    void threeShardsMergedAreOneRunInEveryFormat() throws Exception {
        CliRun.Result whole = cli.run(args("check", "whole", List.of(RULES), "reports"));
        List<String> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            CliRun.Result shard = cli.run(concat(List.of("check", "--shard", k + "/3", "-f", "json=shards/" + k
                    + ".json"), List.of(RULES), List.of("reports")));
            assertNotEquals(2, shard.exitCode(), shard.err());
            shards.add("shards/" + k + ".json");
        }
        CliRun.Result merged = cli.run(args("merge", "merged", List.of(), shards.toArray(String[]::new)));

        assertEquals(whole.exitCode(), merged.exitCode(), merged.err());
        assertEquals(1, whole.exitCode(), "the oops errors fail the run");
        assertEquals(whole.out(), merged.out(), "text on standard output");
        assertEquals(whole.err(), merged.err());
        for (String format : FORMATS) {
            assertEquals(Files.readString(dir.resolve("whole/r." + format)),
                    Files.readString(dir.resolve("merged/r." + format)), format);
        }
        JsonNode report = JSON.readTree(dir.resolve("whole/r.json").toFile());
        assertEquals(9, report.get("summary").get("files").intValue());
        assertTrue(whole.out().contains("Title \"Widget Market\" is also the title of reports/a.md  test-same-title"),
                whole.out());
        assertTrue(whole.out().contains("Unused reportlint-disable-next-line directive"), whole.out());
        assertEquals(1, whole.out().split("Unused ", -1).length - 1, "only f.md's directive is unused");
    }

    @Test
    void theShardsPartitionTheFilesAndSplitTheDuplicates() throws Exception {
        Map<String, Integer> shardOf = new HashMap<>();
        TreeSet<String> all = new TreeSet<>();
        for (int k = 1; k <= 3; k++) {
            cli.run(concat(List.of("check", "--shard", k + "/3", "-f", "json=s" + k + ".json"), List.of(RULES),
                    List.of("reports")));
            JsonNode report = JSON.readTree(dir.resolve("s" + k + ".json").toFile());
            assertEquals(k, report.get("shard").get("index").intValue());
            assertEquals(9, report.get("shard").get("totalFiles").intValue());
            for (JsonNode file : report.get("files")) {
                assertEquals(null, shardOf.put(file.get("path").textValue(), k), "each file in one shard");
                all.add(file.get("path").textValue());
            }
            assertFalse(report.get("files").isEmpty(), "shard " + k + " lints something");
        }
        assertEquals(9, all.size());
        assertNotEquals(shardOf.get("reports/a.md"), shardOf.get("reports/b.html"),
                "the duplicate titles are in different shards, so only the merge can find them");
        // The same partition again: it depends on the tree only.
        cli.run(concat(List.of("check", "--shard", "2/3", "-f", "json=again.json"), List.of(RULES),
                List.of("reports")));
        assertEquals(JSON.readTree(dir.resolve("s2.json").toFile()).get("files"),
                JSON.readTree(dir.resolve("again.json").toFile()).get("files"));
    }

    @Test
    void oneShardIsTheWholeRun() throws Exception {
        CliRun.Result whole = cli.run(args("check", "whole", List.of(RULES), "reports"));
        cli.run(concat(List.of("check", "--shard", "1/1", "-f", "json=only.json"), List.of(RULES),
                List.of("reports")));
        CliRun.Result merged = cli.run(args("merge", "merged", List.of("--fail-on", "error"), "only.json"));
        assertEquals(whole.exitCode(), merged.exitCode());
        assertEquals(whole.out(), merged.out());
        assertEquals(Files.readString(dir.resolve("whole/r.sarif")), Files.readString(dir.resolve("merged/r.sarif")));
    }

    @Test
    void theFailPolicyIsMergesOwn() throws Exception {
        shards(List.of("--rule=test-same-title"));
        assertEquals(0, cli.run("merge", "--fail-on", "never", "s1.json", "s2.json", "s3.json").exitCode());
        assertEquals(1, cli.run("merge", "--max-warnings", "0", "--fail-on", "never", "s1.json", "s2.json",
                "s3.json").exitCode());
        CliRun.Result bad = cli.run("merge", "--fail-on", "sometimes", "s1.json", "s2.json", "s3.json");
        assertEquals(2, bad.exitCode());
        assertEquals("reportlint: invalid --fail-on level \"sometimes\" (use error, warning, info or never)\n",
                bad.err());
    }

    @Test
    void invalidShardsAreUsageErrors() {
        for (String shard : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/2", "2/3/4")) {
            CliRun.Result result = cli.run("check", "--shard", shard, "reports");
            assertEquals(2, result.exitCode(), shard);
            assertEquals("reportlint: invalid --shard \"" + shard + "\" (use K/N with 1 <= K <= N, e.g. 2/3)\n",
                    result.err(), shard);
        }
        CliRun.Result stdin = cli.stdin("# Title\n").run("check", "--shard", "1/2", "-");
        assertEquals(2, stdin.exitCode());
        assertEquals("reportlint: --shard cannot split standard input ('-'): lint it in a run of its own\n",
                stdin.err());
        assertEquals(2, cli.run("check", "--shard", "1/2", "--fix", "reports").exitCode());
        assertEquals(2, cli.run("check", "--shard", "1/2", "--baseline", "b.json", "reports").exitCode());
    }

    @Test
    void shardsThatAreNotOneRunAreRefused() throws Exception {
        shards(List.of("--rule=test-same-title"));
        assertMergeError("reportlint: overlapping shards: s1.json and again.json are both shard 1/3\n",
                copy("s1.json", "again.json"), "s1.json", "again.json", "s2.json", "s3.json");
        assertMergeError("reportlint: shard 3/3 is missing\n", null, "s1.json", "s2.json");
        cli.run("check", "--shard", "3/3", "--rule=test-same-title", "--rule=test-hmm=error", "-f",
                "json=other.json", "reports");
        assertMergeError("reportlint: other.json and s1.json are shards of different runs (other files, options, "
                + "configuration or shard count)\n", null, "s1.json", "s2.json", "other.json");
        cli.run("check", "--shard", "1/2", "--rule=test-same-title", "-f", "json=half.json", "reports");
        assertMergeError("reportlint: half.json and s1.json are shards of different runs (other files, options, "
                + "configuration or shard count)\n", null, "s1.json", "s2.json", "s3.json", "half.json");
        cli.run("check", "-f", "json=plain.json", "-f", "sarif=plain.sarif", "reports");
        assertMergeError("reportlint: plain.json: not a shard report (no \"shard\" section; write it with check "
                + "--shard K/N -f json=FILE)\n", null, "plain.json");
        assertMergeError("reportlint: cannot merge SARIF and JSON reports together: merge the shards' JSON reports "
                + "(written with check --shard K/N -f json=FILE)\n", null, "s1.json", "plain.sarif");
        assertMergeError("reportlint: SARIF reports can only be joined into SARIF (-f sarif[=FILE]); for \"json\" "
                + "merge the shards' JSON reports\n", null, "-f", "json", "plain.sarif");
        Files.writeString(dir.resolve("broken.json"), "{\"files\": [");
        CliRun.Result broken = cli.run("merge", "broken.json");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().startsWith("reportlint: broken.json: not a JSON report: "), broken.err());
        assertEquals(1, broken.err().lines().count());
        assertMergeError("reportlint: cannot read nowhere.json: no such file or directory\n", null, "nowhere.json");
    }

    @Test
    void overlappingFilesAreRefused() throws Exception {
        shards(List.of("--rule=test-same-title"));
        // A doctored shard 3 that also claims a file of shard 1.
        JsonNode one = JSON.readTree(dir.resolve("s1.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode three =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(dir.resolve("s3.json").toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) three.get("shard").get("files"))
                .add(one.get("shard").get("files").get(0));
        Files.writeString(dir.resolve("s3.json"), JSON.writeValueAsString(three));
        String path = one.get("shard").get("files").get(0).get("path").textValue();
        assertMergeError("reportlint: overlapping shards: " + path + " is in s1.json and in s3.json\n", null,
                "s1.json", "s2.json", "s3.json");
    }

    @Test
    void aCrossDocumentRuleWithoutACodecIsMissingAndSaysSo() throws Exception {
        shards(List.of("--rule=test-same-title", "--rule=test-cross-crash"));
        CliRun.Result merged = cli.run("merge", "-f", "json", "s1.json", "s2.json", "s3.json");
        assertEquals(3, merged.exitCode(), merged.err());
        assertEquals("reportlint: skipped binary file: reports/blob.txt\n"
                + "reportlint: cross-document rule \"test-cross-crash\" has no codec, so shards cannot record "
                + "what it collected: its findings are missing from the merged report\n", merged.err());
        assertTrue(merged.out().contains("test-same-title"), "the rule with a codec still reports");
    }

    @Test
    void sarifShardsAreJoinedAsRunsOfOneLog() throws Exception {
        for (int k = 1; k <= 3; k++) {
            cli.run("check", "--shard", k + "/3", "-f", "sarif=s" + k + ".sarif", "reports");
        }
        CliRun.Result joined = cli.run("merge", "-f", "sarif=all.sarif", "s1.sarif", "s2.sarif", "s3.sarif");
        CliRun.Result whole = cli.run("check", "-f", "sarif=whole.sarif", "reports");
        assertEquals(whole.exitCode(), joined.exitCode(), joined.err());
        assertTrue(joined.err().contains("reportlint: SARIF reports are joined as 3 runs of one log, not merged into "
                + "one run"), joined.err());
        JsonNode log = JSON.readTree(dir.resolve("all.sarif").toFile());
        JsonNode one = JSON.readTree(dir.resolve("whole.sarif").toFile());
        assertEquals(one.get("version"), log.get("version"));
        assertEquals(3, log.get("runs").size());
        int results = 0;
        for (JsonNode run : log.get("runs")) {
            results += run.get("results").size();
        }
        assertEquals(one.get("runs").get(0).get("results").size(), results, "no cross-document rule: nothing lost");
        assertEquals(0, cli.run("merge", "--fail-on", "never", "s1.sarif", "s2.sarif", "s3.sarif").exitCode());
    }

    private void shards(List<String> options) {
        for (int k = 1; k <= 3; k++) {
            CliRun.Result shard = cli.run(concat(List.of("check", "--shard", k + "/3", "-f", "json=s" + k + ".json"),
                    options, List.of("reports")));
            assertNotEquals(2, shard.exitCode(), shard.err());
        }
    }

    private String copy(String from, String to) throws Exception {
        Files.copy(dir.resolve(from), dir.resolve(to));
        return to;
    }

    private void assertMergeError(String message, String unused, String... reports) {
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(List.of(reports));
        CliRun.Result result = cli.run(args.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result.err());
        assertEquals(message, result.err());
        assertEquals("", result.out());
    }

    /** A command writing every format to FOLDER/r.FORMAT and text to standard output. */
    private static String[] args(String command, String folder, List<String> options, String... rest) {
        // Text asked for on standard output too: with every other format in a file it would stay quiet.
        List<String> args = new ArrayList<>(List.of(command, "-f", "text"));
        for (String format : FORMATS) {
            args.add("-f");
            args.add(format + "=" + folder + "/r." + format);
        }
        args.addAll(options);
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    private static String[] concat(List<String> first, List<String> second, List<String> third) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all.toArray(String[]::new);
    }
}
