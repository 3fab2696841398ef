package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.files.RepositoryRoot;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.Severity;

/** SARIF as code scanning takes it from a real corpus: one alert per result, paths from the root, within limits. */
class SarifAtScaleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "<p>$xxx million</p>\n<p>$xxx million</p>\n<p>20XX</p>\n";

    private static JsonNode run(LintResult result, String repositoryPath, SarifLimits limits) throws Exception {
        String sarif = new SarifFormatter("1.2.3", Results.metadata(), repositoryPath, limits).format(result);
        return JSON.readTree(sarif).get("runs").get(0);
    }

    private static JsonNode run(LintResult result) throws Exception {
        return run(result, "", SarifLimits.GITHUB);
    }

    private static FileResult file(String path, List<Finding> findings) {
        return new FileResult(path, Optional.of("html"), findings, List.of(), List.of(), 0);
    }

    /** The same template defect twice in one file and once in another: the same finding fingerprint thrice. */
    private static LintResult repeated() {
        Finding first = Results.finding(SOURCE, "placeholder", Severity.ERROR, "$xxx", "Placeholder");
        Finding second = Results.finding(SOURCE, "placeholder", Severity.ERROR, "$xxx", "Placeholder");
        return LintResult.of(List.of(file("a.html", List.of(first, second)), file("b.html", List.of(first))));
    }

    private static List<String> fingerprints(JsonNode run) {
        List<String> values = new ArrayList<>();
        run.get("results").forEach(result -> values.add(
                result.get("partialFingerprints").get(SarifFingerprints.KEY).textValue()));
        return values;
    }

    private static String fingerprintOf(JsonNode run, String uri, String message) {
        for (JsonNode result : run.get("results")) {
            if (result.get("message").get("text").textValue().equals(message) && result.get("locations").get(0)
                    .get("physicalLocation").get("artifactLocation").get("uri").textValue().equals(uri)) {
                return result.get("partialFingerprints").get(SarifFingerprints.KEY).textValue();
            }
        }
        throw new AssertionError("no result " + message + " in " + uri);
    }

    @Test
    void everyResultHasAFingerprintOfItsOwn() throws Exception {
        List<String> values = fingerprints(run(repeated()));
        assertEquals(3, new HashSet<>(values).size(), values.toString());
        assertTrue(values.get(0).endsWith(":1") && values.get(1).endsWith(":2") && values.get(2).endsWith(":1"),
                values.toString());
        assertEquals(values.get(0).substring(0, values.get(0).indexOf(':')),
                values.get(1).substring(0, values.get(1).indexOf(':')), "one defect, two occurrences");
    }

    @Test
    void fingerprintsDoNotMoveWithUnrelatedResults() throws Exception {
        Finding year = Results.finding(SOURCE, "placeholder", Severity.WARNING, "20XX", "Placeholder year");
        Finding other = new Finding(year.rule(), year.severity(), year.message(), year.span(), year.related(),
                year.fix(), year.excerpt(), "another fingerprint");
        LintResult result = repeated();
        List<FileResult> files = new ArrayList<>(result.files());
        FileResult b = files.get(1);
        files.set(1, file("b.html", List.of(other, b.findings().get(0))));
        assertEquals(fingerprintOf(run(result), "b.html", "Placeholder"),
                fingerprintOf(run(LintResult.of(files)), "b.html", "Placeholder"), "b.html's $xxx keeps its fingerprint");
    }

    @Test
    void pathsAreRelativeToTheRepositoryRoot() throws Exception {
        Finding finding = Results.finding(SOURCE, "placeholder", Severity.ERROR, "$xxx", "Placeholder");
        LintResult result = LintResult.of(List.of(file("reports/a.html", List.of(finding)),
                file("../shared/b.html", List.of(finding)), file("/abs/c.html", List.of(finding))));
        JsonNode results = run(result, "site/docs/", SarifLimits.GITHUB).get("results");
        List<String> uris = new ArrayList<>();
        results.forEach(r -> uris.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").textValue()));
        assertEquals(List.of("site/shared/b.html", "file:///abs/c.html", "site/docs/reports/a.html"), uris,
                "in the run's path order");
    }

    @Test
    void theRepositoryRootIsTheNearestFolderWithGit(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        Files.createDirectories(dir.resolve("repo/module/src"));
        assertEquals("module/src/", RepositoryRoot.pathOf(dir.resolve("repo/module/src")));
        assertEquals("", RepositoryRoot.pathOf(dir.resolve("repo")));
        Files.createDirectories(dir.resolve("repo/module/src/worktree"));
        Files.writeString(dir.resolve("repo/module/src/worktree/.git"), "gitdir: ../../../.git/worktrees/w\n");
        assertEquals("", RepositoryRoot.pathOf(dir.resolve("repo/module/src/worktree")), "a worktree is a root");
    }

    @Test
    void pastTheResultLimitTheMostSevereAreKeptAndTheRunSaysWhatIsLeftOut() throws Exception {
        Finding info = Results.finding(SOURCE, "placeholder", Severity.INFO, "20XX", "info");
        Finding warning = Results.finding(SOURCE, "placeholder", Severity.WARNING, "20XX", "warning");
        Finding error = Results.finding(SOURCE, "placeholder", Severity.ERROR, "$xxx", "error");
        LintResult result = LintResult.of(List.of(file("a.html", List.of(info, warning, warning)),
                file("b.html", List.of(error, info, error))));
        JsonNode run = run(result, "", new SarifLimits(3, 999, 10_000_000L));
        List<String> kept = new ArrayList<>();
        run.get("results").forEach(r -> kept.add(r.get("level").textValue()));
        assertEquals(List.of("warning", "error", "error"), kept, "errors first, then warnings in run order");
        JsonNode notification = run.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertEquals("warning", notification.get("level").textValue());
        assertEquals("3 results are left out (1 warning, 2 notes): GitHub code scanning accepts at most 3 results "
                + "per run and 10 MB of compressed SARIF, so the most severe are kept; -f json has every finding",
                notification.get("message").get("text").textValue());
    }

    @Test
    void aFileTooBigCompressedKeepsFewerResults() throws Exception {
        List<Finding> findings = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 400; i++) {
            StringBuilder noise = new StringBuilder();
            random.ints(80, 'a', 'z' + 1).forEach(c -> noise.append((char) c));
            findings.add(Results.finding(SOURCE, "placeholder", i % 2 == 0 ? Severity.ERROR : Severity.WARNING,
                    "$xxx", "Placeholder " + noise));
        }
        JsonNode run = run(LintResult.of(List.of(file("a.html", findings))), "", new SarifLimits(25_000, 999, 20_000));
        int kept = run.get("results").size();
        assertTrue(kept > 0 && kept < 400, "kept " + kept);
        String sarif = new SarifFormatter("1.2.3", Results.metadata(), "", new SarifLimits(25_000, 999, 20_000))
                .format(LintResult.of(List.of(file("a.html", findings))));
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(compressed)) {
            gzip.write(sarif.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(compressed.size() <= 20_000, compressed.size() + " bytes compressed");
        int errors = 0;
        for (JsonNode result : run.get("results")) {
            errors += result.get("level").textValue().equals("error") ? 1 : 0;
        }
        assertEquals(Math.min(kept, 200), errors, "the errors are kept first");
        assertTrue(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message")
                .get("text").textValue().startsWith((400 - kept) + " results are left out ("));
    }

    @Test
    void relatedLocationsStopAtTheLimit() throws Exception {
        List<RelatedLocation> related = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            related.add(Results.related(SOURCE, "<p>", "place " + i));
        }
        Finding many = Results.finding(SOURCE, "malformed-html", Severity.ERROR, "</p>", "repeated", related,
                Optional.empty());
        JsonNode run = run(LintResult.of(List.of(file("a.html", List.of(many)))), "", new SarifLimits(25_000, 3,
                10_000_000L));
        assertEquals(3, run.get("results").get(0).get("relatedLocations").size());
        assertEquals("1 result has more related locations than GitHub code scanning accepts; only the first 3 of "
                + "each are included (-f json has all of them)", run.get("invocations").get(0)
                .get("toolExecutionNotifications").get(0).get("message").get("text").textValue());
    }

    @Test
    void ruleDescriptorsLinkTheirPages() throws Exception {
        Finding encoding = Results.finding(SOURCE, "encoding", Severity.WARNING, "20XX", "bad byte");
        JsonNode rules = run(LintResult.of(List.of(file("a.html", List.of(encoding))))).get("tool").get("driver")
                .get("rules");
        assertEquals("https://github.com/reportlint/reportlint/blob/main/docs/rules/encoding.md",
                rules.get(0).get("helpUri").textValue());
        Set<String> none = new HashSet<>();
        Finding placeholder = Results.finding(SOURCE, "placeholder", Severity.ERROR, "$xxx", "p");
        run(LintResult.of(List.of(file("a.html", List.of(placeholder))))).get("tool").get("driver").get("rules")
                .forEach(rule -> none.add(String.valueOf(rule.get("helpUri"))));
        assertEquals(Set.of("null"), none, "a rule without a page of its own has no helpUri");
    }
}
