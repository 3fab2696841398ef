package org.reportlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.testing.GateRule;
import org.reportlint.core.testing.WordRule;

class LintRunnerTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.of(List.of(
            new WordRule("placeholder", "$xxx", Severity.ERROR),
            new WordRule("hedge", "maybe", Severity.WARNING)));

    @TempDir
    Path base;

    private LintRequest.Builder request(String... paths) {
        return LintRequest.builder().baseDirectory(base).paths(List.of(paths)).threads(1);
    }

    /** What a run handed to its sink, and its outcome. */
    private record Ran(LintResult result, LintOutcome outcome) {
        int exitCode() {
            return outcome.exitCode();
        }
    }

    private static Ran run(RuleRegistry registry, LintRequest request) throws UsageException {
        ResultCollector sink = new ResultCollector();
        LintOutcome outcome = new LintRunner(registry).run(request, sink);
        assertEquals(sink.result().summary(), outcome.summary(), "the outcome counts what the sink received");
        return new Ran(sink.result(), outcome);
    }

    private static Ran run(LintRequest request) throws UsageException {
        return run(REGISTRY, request);
    }

    @Test
    void lintsTheCollectedFilesAndDecidesTheExitCode() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>Size: $xxx</p>");
        Files.writeString(base.resolve("b.txt"), "maybe fine");
        Ran outcome = run(request(".").build());
        assertEquals(List.of("a.html", "b.txt"), outcome.result().files().stream().map(FileResult::path).toList());
        assertEquals(1, outcome.result().summary().errors());
        assertEquals(1, outcome.result().summary().warnings());
        assertEquals(FailPolicy.EXIT_FINDINGS, outcome.exitCode());
    }

    @Test
    void appliesRuleSettingsInOrderAndTheFailPolicy() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>Size: $xxx, maybe</p>");
        Ran outcome = run(request("a.html")
                .rule("placeholder", RuleSetting.off())
                .rule("hedge", RuleSetting.of(Severity.INFO))
                .rule("placeholder", RuleSetting.of(Severity.WARNING))
                .failPolicy(new FailPolicy(Optional.of(Severity.ERROR), 0))
                .build());
        assertEquals(0, outcome.result().summary().errors());
        assertEquals(1, outcome.result().summary().warnings());
        assertEquals(1, outcome.result().summary().infos());
        assertEquals(FailPolicy.EXIT_FINDINGS, outcome.exitCode());
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithASuggestion() {
        UsageException unknown = assertThrows(UsageException.class,
                () -> run(request(".").rule("placeholders", RuleSetting.off()).build()));
        assertEquals("unknown rule \"placeholders\" (did you mean \"placeholder\"?)", unknown.getMessage());
        UsageException far = assertThrows(UsageException.class,
                () -> run(request(".").rule("zzzzzzzzzzzz", RuleSetting.off()).build()));
        assertEquals("unknown rule \"zzzzzzzzzzzz\"", far.getMessage());
    }

    @Test
    void aMissingPathIsAUsageError() {
        UsageException missing = assertThrows(UsageException.class,
                () -> run(request("nope.html").build()));
        assertEquals("no such file or directory: nope.html", missing.getMessage());
    }

    @Test
    void standardInputIsLintedUnderItsName() throws Exception {
        Ran outcome = run(request()
                .stdin("<p>$xxx</p>".getBytes(StandardCharsets.UTF_8), "page.html").build());
        FileResult file = outcome.result().files().get(0);
        assertEquals("page.html", file.path());
        assertEquals(Optional.of("html"), file.format());
        assertEquals(1, file.findings().size());
    }

    @Test
    void anUnreadableFileGivesExitThreeWhileTheOthersAreLinted() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>$xxx</p>");
        Files.createSymbolicLink(base.resolve("broken.html"), base.resolve("gone.html"));
        Ran outcome = run(request(".").threads(4).build());
        assertEquals(FailPolicy.EXIT_INCOMPLETE, outcome.exitCode());
        assertEquals(1, outcome.result().summary().errors());
        assertEquals(List.of("cannot read: no such file"), outcome.result().files().get(1).errors());
    }

    @Test
    void theFirstFileReachesTheSinkBeforeTheLastIsLinted() throws Exception {
        Files.writeString(base.resolve("a.txt"), "first");
        Files.writeString(base.resolve("z.txt"), "last");
        for (int threads : new int[] {1, 2}) {
            GateRule gate = new GateRule("z.txt");
            List<FileResult> seen = new ArrayList<>();
            LintOutcome outcome = new LintRunner(RuleRegistry.of(List.of(gate))).run(request(".").threads(threads)
                    .build(), file -> {
                        seen.add(file);
                        if (file.path().equals("a.txt")) {
                            gate.open();
                        }
                    });
            assertEquals(List.of("a.txt", "z.txt"), seen.stream().map(FileResult::path).toList());
            assertEquals(List.of(), seen.get(1).findings(), "z.txt was held until a.txt reached the sink");
            assertEquals(2, outcome.summary().files());
        }
    }

    @Test
    void unreadablePathsAndStandardInputTakeTheirPlaceInPathOrder() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>$xxx</p>");
        Files.writeString(base.resolve("c.html"), "<p>maybe</p>");
        Files.createSymbolicLink(base.resolve("b.html"), base.resolve("gone.html"));
        Files.createSymbolicLink(base.resolve("d.html"), base.resolve("gone.html"));
        Ran ran = run(request(".").threads(3).stdin("maybe".getBytes(StandardCharsets.UTF_8), "b2.txt").build());
        assertEquals(List.of("a.html", "b.html", "b2.txt", "c.html", "d.html"),
                ran.result().files().stream().map(FileResult::path).toList());
    }

    @Test
    void aBaselineFiltersEachFileAsItPassesAndListsWhatMatchedNothing() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>$xxx</p>");
        Files.writeString(base.resolve("b.html"), "<p>maybe</p>");
        Ran recorded = run(request(".").baseline(Path.of("baseline.json")).updateBaseline(true).build());
        assertEquals(0, recorded.result().summary().findings());
        assertEquals(Optional.of(base.resolve("baseline.json")), recorded.outcome().baselineWritten());
        Files.writeString(base.resolve("a.html"), "<p>fixed</p>");
        Files.writeString(base.resolve("b.html"), "<p>maybe</p>\n<p>and again maybe</p>");
        Ran filtered = run(request(".").baseline(Path.of("baseline.json")).build());
        assertEquals(1, filtered.result().summary().warnings(), "the second maybe is new");
        assertEquals(1, filtered.result().files().get(1).suppressed());
        assertEquals(List.of("placeholder"), filtered.outcome().prunable().stream().map(e -> e.rule()).toList());
        assertEquals(FailPolicy.EXIT_OK, filtered.exitCode());
    }

    @Test
    void theFormatsMapChoosesTheFormatOfFilesAndOfStandardInputByItsName() throws Exception {
        Files.writeString(base.resolve(".reportlint.json"), "{\"root\": true, \"formats\": {\"**/*.txt\": "
                + "\"markdown\", \"legacy/**\": \"html\"}}");
        Files.writeString(base.resolve("a.txt"), "maybe");
        Files.createDirectories(base.resolve("legacy"));
        Files.writeString(base.resolve("legacy/b.md"), "maybe");
        Ran ran = run(request("a.txt", "legacy/b.md").stdin("maybe".getBytes(StandardCharsets.UTF_8), "in.txt")
                .build());
        assertEquals(List.of("a.txt", "in.txt", "legacy/b.md"), ran.result().files().stream().map(FileResult::path)
                .toList());
        assertEquals(List.of(Optional.of("markdown"), Optional.of("markdown"), Optional.of("html")),
                ran.result().files().stream().map(FileResult::format).toList());
        Ran detected = run(request().stdin("<p>maybe</p>".getBytes(StandardCharsets.UTF_8), "page.htm").build());
        assertEquals(Optional.of("html"), detected.result().files().get(0).format());
    }

    @Test
    void aLineInsertedAboveTheFindingsKeepsTheBaselineMatchingAndItsFileUnchanged() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>Size: $xxx</p>\n<p>maybe</p>\n");
        run(request(".").baseline(Path.of("baseline.json")).updateBaseline(true).build());
        String recorded = Files.readString(base.resolve("baseline.json"));
        Files.writeString(base.resolve("a.html"), "<h1>A title added on top</h1>\n\n<p>Size: $xxx</p>\n<p>maybe</p>\n");
        Ran moved = run(request(".").baseline(Path.of("baseline.json")).build());
        assertEquals(0, moved.result().summary().findings(), "the moved findings are still the accepted ones");
        assertEquals(List.of(), moved.outcome().prunable());
        run(request(".").baseline(Path.of("baseline.json")).updateBaseline(true).build());
        assertEquals(recorded, Files.readString(base.resolve("baseline.json")));
    }

    @Test
    void nestedConfigsChooseTheFilesOfTheirOwnFolderRelativeToIt() throws Exception {
        Files.writeString(base.resolve(".reportlint.json"), "{\"root\": true, \"include\": [\"**/*.html\"], "
                + "\"exclude\": [\"old/**\"]}");
        Files.createDirectories(base.resolve("team/old"));
        Files.createDirectories(base.resolve("old"));
        Files.writeString(base.resolve("team/.reportlint.json"), "{\"exclude\": [\"draft.html\"]}");
        for (String name : List.of("a.html", "old/b.html", "team/c.html", "team/draft.html", "team/old/d.html",
                "team/e.md")) {
            Files.writeString(base.resolve(name), "<p>maybe</p>");
        }
        List<String> walked = run(request(".").build()).result().files().stream().map(FileResult::path).toList();
        // team/ keeps the root's include but has its own exclude, so the root's old/** does not reach team/old/.
        assertEquals(List.of("a.html", "team/c.html", "team/old/d.html"), walked);
        List<String> requested = run(request(".").excludes(List.of("**/old/**")).build()).result().files().stream()
                .map(FileResult::path).toList();
        assertEquals(List.of("a.html", "team/c.html", "team/draft.html"), requested, "request globs win everywhere");
    }

    @Test
    void aPathThatGivesNothingIsANeutralUsageError() throws Exception {
        Files.createDirectories(base.resolve("reports"));
        Files.writeString(base.resolve("reports/a.png"), "not a report");
        UnmatchedPathException folder = assertThrows(UnmatchedPathException.class, () -> run(request("reports").build()));
        assertEquals("reports", folder.path());
        assertEquals("nothing to lint in \"reports\": no file there matches the include globs ("
                + String.join(", ", org.reportlint.core.files.FileCollector.DEFAULT_INCLUDES) + ")", folder.getMessage());
        UnmatchedPathException glob = assertThrows(UnmatchedPathException.class,
                () -> run(request("reports/*.html").build()));
        assertEquals("no file matches \"reports/*.html\"", glob.getMessage());
    }

    @Test
    void filesThatDeclareNoCharsetAreReadInTheFallbackCharset() throws Exception {
        // "maybe" is only found when the windows-1252 bytes before it decode to the two words they are.
        Files.write(base.resolve("a.txt"), "Caf\u00e9 \u2013 maybe".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Ran utf8 = run(request("a.txt").build());
        assertEquals(List.of("encoding", "hedge"), utf8.result().files().get(0).findings().stream()
                .map(f -> f.rule()).toList(), "read as UTF-8 the bytes are invalid");
        Ran latin = run(request("a.txt").fallbackCharset(java.nio.charset.Charset.forName("windows-1252")).build());
        assertEquals(List.of("hedge"), latin.result().files().get(0).findings().stream().map(f -> f.rule()).toList());
        assertEquals(8, latin.result().files().get(0).findings().get(0).span().start().column(),
                "the column counts the decoded characters");
        assertThrows(IllegalArgumentException.class, () -> request("a.txt").fallbackCharset(StandardCharsets.UTF_16));
    }

    @Test
    void aConfigSourceReplacesDiscovery() throws Exception {
        Files.writeString(base.resolve(".reportlint.json"), "{\"rules\": {\"placeholder\": \"off\"}}");
        Files.writeString(base.resolve("a.html"), "<p>Size: $xxx</p>");
        Path shared = Files.createDirectories(base.resolve("shared"));
        Files.writeString(shared.resolve("team.json"), "{\"extends\": \"./base.json\"}");
        Files.writeString(shared.resolve("base.json"), "{\"rules\": {\"placeholder\": \"warning\"}}");
        Ran ran = run(request("a.html").configSource(org.reportlint.core.config.ConfigSource.url(
                shared.resolve("team.json").toUri())).build());
        assertEquals(1, ran.result().summary().warnings());
        UsageException missing = assertThrows(UsageException.class, () -> run(request("a.html")
                .configSource(org.reportlint.core.config.ConfigSource.url(shared.resolve("none.json").toUri()))
                .build()));
        assertEquals(shared.resolve("none.json").toUri() + ": no such config file", missing.getMessage());
    }
}
