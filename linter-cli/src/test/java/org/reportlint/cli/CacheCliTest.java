package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cache} through the real command line: what a second run replays, and each change that must make a file
 * be linted again. "Linted" is counted by the cache line of {@code --stats}, never guessed from timing.
 */
class CacheCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNTS = Pattern.compile("reportlint cache: (\\d+) replayed, (\\d+) linted");
    private static final String A = "<h1>Widget Market</h1>\n"
            + "<p>The market is estimated at $xxx million in 2024. oops, hmm and hmm again.</p>\n";
    private static final String B = "# Gadget Market\n\nSome oops text, NB: with a note.\n";
    private static final String C = "Plain text with oops in it.\n";

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void writeReports() throws Exception {
        // The cache of files no cross-document rule reads: the built-in ones, on by default, read every file.
        cli = CliRun.in(dir).withoutBuiltInCrossDocumentRules()
                .file("reports/a.html", A)
                .file("reports/b.md", B)
                .file("reports/legacy/c.txt", C);
    }

    /** Replayed and linted counts of a run with {@code --cache --stats}. */
    private record Run(CliRun.Result result, int replayed, int linted) {
    }

    private Run cached(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--cache", "--stats", "--threads", "2"));
        all.addAll(List.of(args));
        CliRun.Result result = cli.run(all.toArray(String[]::new));
        Matcher counts = COUNTS.matcher(result.err());
        assertTrue(counts.find(), result.err());
        return new Run(result, Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)));
    }

    private static String withoutStats(String err) {
        return err.lines().filter(line -> !line.startsWith("reportlint stats:") && !line.startsWith("  ")
                && !line.startsWith("reportlint cache:")).map(line -> line + "\n").reduce("", String::concat);
    }

    private static JsonNode file(CliRun.Result result, String path) throws Exception {
        for (JsonNode file : JSON.readTree(result.out()).get("files")) {
            if (file.get("path").textValue().equals(path)) {
                return file;
            }
        }
        throw new AssertionError("no " + path + " in " + result.out());
    }

    private void assertCounts(Run run, int replayed, int linted) {
        assertEquals(List.of(replayed, linted), List.of(run.replayed(), run.linted()), run.result().err());
    }

    @Test
    void aSecondRunReplaysEveryReportByteForByte() throws Exception {
        String[] formats = {"-f", "json=r.json", "-f", "sarif=r.sarif", "-f", "html=r.html", "-f", "junit=r.xml",
                "-f", "checkstyle=r.cs.xml", "-f", "github=r.github", "-f", "text", "reports"};
        CliRun.Result fresh = cli.run(prepend("check", formats));
        assertEquals(1, fresh.exitCode(), fresh.err());
        List<String> freshReports = reportFiles();
        Run first = cached(formats);
        assertCounts(first, 0, 3);
        Run second = cached(formats);
        assertCounts(second, 3, 0);
        assertEquals(fresh.out(), second.result().out(), "the text report, code frames and all");
        assertEquals(fresh.exitCode(), second.result().exitCode());
        assertEquals(withoutStats(fresh.err()), withoutStats(second.result().err()));
        assertEquals(freshReports, reportFiles());
        JsonNode a = JSON.readTree(Files.readString(dir.resolve("r.json"))).get("files").get(0);
        assertTrue(a.get("findings").toString().contains("\"related\""), "a finding with a related place is replayed");
        assertTrue(a.get("findings").toString().contains("\"fix\""), "and one with a fix");
        assertTrue(Files.isRegularFile(dir.resolve(".reportlintcache")), "the default location");
    }

    private List<String> reportFiles() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("r.json", "r.sarif", "r.html", "r.xml", "r.cs.xml", "r.github")) {
            texts.add(Files.readString(dir.resolve(name)));
        }
        return texts;
    }

    private static String[] prepend(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @Test
    void anEditedFileIsLintedAgainAndOnlyIt() throws Exception {
        assertCounts(cached("reports"), 0, 3);
        cli.file("reports/b.md", B + "\nMore oops.\n");
        Run edited = cached("-f", "json", "reports");
        assertCounts(edited, 2, 1);
        assertEquals(2, file(edited.result(), "reports/b.md").get("findings").size(), edited.result().out());
    }

    @Test
    void aRuleOptionInTheConfigRelintsEveryFileItAppliesTo() throws Exception {
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"test-oops\": \"error\"}}");
        assertCounts(cached("reports"), 0, 3);
        cli.file(".reportlint.json", "{\"root\": true, // only a comment\n \"rules\": {\"test-oops\": \"error\"}}");
        assertCounts(cached("reports"), 3, 0);
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"test-oops\": [\"error\", {\"replacement\": \"ok\"}]}}");
        assertCounts(cached("reports"), 0, 3);
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"test-oops\": \"warning\"}}");
        Run relevelled = cached("-f", "json", "reports");
        assertCounts(relevelled, 0, 3);
        assertEquals("warning", file(relevelled.result(), "reports/legacy/c.txt").get("findings").get(0)
                .get("severity").textValue());
    }

    @Test
    void aNestedConfigRelintsOnlyTheFilesOfItsFolder() throws Exception {
        cli.file(".reportlint.json", "{\"root\": true}");
        cli.file("reports/legacy/.reportlint.json", "{\"rules\": {\"test-oops\": \"warning\"}}");
        assertCounts(cached("reports"), 0, 3);
        cli.file("reports/legacy/.reportlint.json", "{\"rules\": {\"test-oops\": \"off\"}}");
        Run nested = cached("-f", "json", "reports");
        assertCounts(nested, 2, 1);
        assertEquals(0, file(nested.result(), "reports/legacy/c.txt").get("findings").size());
        cli.file(".reportlint.json", "{\"root\": true, \"overrides\": [{\"files\": [\"reports/a.html\"], "
                + "\"rules\": {\"test-hmm\": \"off\"}}]}");
        assertCounts(cached("reports"), 2, 1);
    }

    @Test
    void ruleAndDisableOnTheCommandLineAreSettingsToo() throws Exception {
        assertCounts(cached("reports"), 0, 3);
        Run disabled = cached("--disable", "test-oops", "-f", "json", "reports");
        assertCounts(disabled, 0, 3);
        assertFalse(disabled.result().out().contains("test-oops"), disabled.result().out());
        assertCounts(cached("--disable", "test-oops", "reports"), 3, 0);
        Run noted = cached("--rule", "test-note=error", "-f", "json", "reports");
        assertCounts(noted, 0, 3);
        assertEquals("error", file(noted.result(), "reports/b.md").get("findings").findValues("severity").stream()
                .filter(severity -> severity.textValue().equals("error")).findFirst().orElseThrow().textValue());
        assertTrue(noted.result().out().contains("test-note"), noted.result().out());
    }

    @Test
    void anAddedSuppressionIsPartOfTheFile() throws Exception {
        assertCounts(cached("reports"), 0, 3);
        cli.file("reports/legacy/c.txt", "<!-- reportlint-disable-file test-oops -->\n" + C);
        Run suppressed = cached("-f", "json", "reports");
        assertCounts(suppressed, 2, 1);
        JsonNode c = file(suppressed.result(), "reports/legacy/c.txt");
        assertEquals(0, c.get("findings").size(), c.toString());
        assertTrue(c.get("suppressed").intValue() > 0, c.toString());
        Run again = cached("-f", "json", "reports");
        assertCounts(again, 3, 0);
        assertEquals(c, file(again.result(), "reports/legacy/c.txt"), "the suppressed count is replayed too");
    }

    @Test
    void aBaselineFiltersReplayedFindingsAndCanChangeFreely() throws Exception {
        assertCounts(cached("--baseline", "baseline.json", "--update-baseline", "reports"), 0, 3);
        Run accepted = cached("--baseline", "baseline.json", "-f", "json", "reports");
        assertCounts(accepted, 3, 0);
        assertEquals(0, accepted.result().exitCode(), accepted.result().out());
        assertEquals(0, JSON.readTree(accepted.result().out()).get("summary").get("errors").intValue());

        Files.delete(dir.resolve("baseline.json"));
        cli.run("--baseline", "baseline.json", "--update-baseline", "reports/a.html");
        Run partial = cached("--baseline", "baseline.json", "-f", "json", "reports");
        assertCounts(partial, 3, 0);
        CliRun.Result fresh = cli.run("--baseline", "baseline.json", "-f", "json", "reports");
        assertEquals(fresh.out(), partial.result().out(), "replayed findings go through the new baseline");
        assertEquals(0, file(partial.result(), "reports/a.html").get("findings").size());
        assertEquals(1, file(partial.result(), "reports/legacy/c.txt").get("findings").size());
        assertEquals(1, partial.result().exitCode());
    }

    @Test
    void aCacheOfAnotherReportlintVersionIsRebuiltQuietly() throws Exception {
        assertCounts(cached("reports"), 0, 3);
        Path cache = dir.resolve(".reportlintcache");
        ObjectNode root = (ObjectNode) JSON.readTree(cache.toFile());
        assertEquals(ToolVersion.get(), root.get("tool").textValue());
        root.put("tool", "0.9.0");
        JSON.writeValue(cache.toFile(), root);
        Run upgraded = cached("reports");
        assertCounts(upgraded, 0, 3);
        assertFalse(upgraded.result().err().contains("ignoring cache"), upgraded.result().err());
        assertCounts(cached("reports"), 3, 0);
    }

    @Test
    void aDamagedCacheIsIgnoredWithOneLineAndRebuilt() throws Exception {
        CliRun.Result fresh = cli.run("-f", "json", "reports");
        assertCounts(cached("reports"), 0, 3);
        Path cache = dir.resolve(".reportlintcache");
        String good = Files.readString(cache);
        List<String> damaged = List.of("{\"format\": \"reportlint-cache\", \"version\": 1, \"tool\": ",
                "garbage\u0000\u00ff", "[]", good.replace("\"version\":2", "\"version\":99"),
                good.replaceFirst("\"span\":\\[\\d+", "\"span\":[\"x\""),
                good.replaceFirst("\"findings\":\\[", "\"findings\":7,\"x\":["));
        for (String text : damaged) {
            Files.writeString(cache, text);
            Run run = cached("-f", "json", "reports");
            assertCounts(run, 0, 3);
            assertEquals(fresh.out(), run.result().out(), text);
            assertEquals(fresh.exitCode(), run.result().exitCode());
            List<String> notices = run.result().err().lines().filter(l -> l.contains("ignoring cache")).toList();
            assertEquals(1, notices.size(), run.result().err());
            assertTrue(notices.get(0).startsWith("reportlint: ignoring cache .reportlintcache: "), notices.get(0));
            assertTrue(notices.get(0).endsWith("; it will be rebuilt"), notices.get(0));
            assertCounts(cached("reports"), 3, 0);
        }
    }

    @Test
    void theLocationIsAFileOrAFolder() throws Exception {
        assertCounts(cached("--cache-location", "build/lint.cache", "reports"), 0, 3);
        assertTrue(Files.isRegularFile(dir.resolve("build/lint.cache")));
        assertCounts(cached("--cache-location", "build/lint.cache", "reports"), 3, 0);
        assertFalse(Files.exists(dir.resolve(".reportlintcache")));

        assertCounts(cached("--cache-location", "tmp/", "reports"), 0, 3);
        assertTrue(Files.isRegularFile(dir.resolve("tmp/.reportlintcache")));
        Files.createDirectories(dir.resolve("existing"));
        assertCounts(cached("--cache-location", "existing", "reports"), 0, 3);
        assertCounts(cached("--cache-location", "existing", "reports"), 3, 0);
        assertTrue(Files.isRegularFile(dir.resolve("existing/.reportlintcache")));
    }

    @Test
    void entriesOfDeletedFilesArePrunedAndOtherFoldersKept() throws Exception {
        assertCounts(cached("reports"), 0, 3);
        String cache = Files.readString(dir.resolve(".reportlintcache"));
        assertTrue(cache.contains("b.md"), cache);
        Files.delete(dir.resolve("reports/b.md"));
        assertCounts(cached("reports/legacy"), 1, 0);
        cache = Files.readString(dir.resolve(".reportlintcache"));
        assertFalse(cache.contains("b.md"), cache);
        assertTrue(cache.contains("a.html"), "a file not linted this run keeps its entry");
        assertCounts(cached("reports"), 2, 0);
    }

    @Test
    void filesACrossDocumentRuleReadsAreLintedEveryTime() throws Exception {
        cli.file("reports/d.md", "# Widget Market\n");
        cli.file(".reportlint.json", "{\"root\": true, \"rules\": {\"test-same-title\": \"warning\"},\n"
                + " \"overrides\": [{\"files\": [\"reports/legacy/**\"], \"rules\": {\"test-same-title\": \"off\"}}]}");
        CliRun.Result fresh = cli.run("-f", "json", "reports");
        assertCounts(cached("reports"), 0, 1);
        Run second = cached("-f", "json", "reports");
        assertCounts(second, 1, 0);
        assertEquals(fresh.out(), second.result().out());
        assertEquals("test-same-title", file(second.result(), "reports/d.md").get("findings").get(0).get("rule")
                .textValue());

        cli.file("reports/a.html", A.replace("Widget", "Sprocket"));
        Run retitled = cached("-f", "json", "reports");
        assertCounts(retitled, 1, 0);
        assertEquals(0, file(retitled.result(), "reports/d.md").get("findings").size(),
                "d.md did not change, but the title it shared is gone");
    }

    @Test
    void fixingNeitherReadsNorWritesTheCache() throws Exception {
        assertCounts(cached("reports"), 0, 3);
        Path cache = dir.resolve(".reportlintcache");
        String before = Files.readString(cache);
        CliRun.Result fixed = cli.run("check", "--cache", "--fix", "--stats", "reports");
        assertFalse(fixed.err().contains("reportlint cache:"), fixed.err());
        assertEquals(before, Files.readString(cache));
        assertFalse(Files.readString(dir.resolve("reports/legacy/c.txt")).contains("oops"));
        Run after = cached("-f", "json", "reports");
        assertCounts(after, 0, 3);
        assertFalse(after.result().out().contains("test-oops"), after.result().out());
    }

    @Test
    void standardInputIsNeverCached() throws Exception {
        cli.stdin("oops\n");
        assertCounts(cached("-", "--stdin-filename", "s.txt"), 0, 0);
        Run again = cached("-f", "json", "-", "--stdin-filename", "s.txt");
        assertCounts(again, 0, 0);
        assertEquals(1, file(again.result(), "s.txt").get("findings").size());
    }
}
