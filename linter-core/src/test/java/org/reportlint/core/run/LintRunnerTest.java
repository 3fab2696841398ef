package org.reportlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.reportlint.core.testing.WordRule;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.Severity;

class LintRunnerTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.of(List.of(
            new WordRule("placeholder", "$xxx", Severity.ERROR),
            new WordRule("hedge", "maybe", Severity.WARNING)));

    @TempDir
    Path base;

    private LintRequest.Builder request(String... paths) {
        return LintRequest.builder().baseDirectory(base).paths(List.of(paths)).threads(1);
    }

    @Test
    void lintsTheCollectedFilesAndDecidesTheExitCode() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>Size: $xxx</p>");
        Files.writeString(base.resolve("b.txt"), "maybe fine");
        LintOutcome outcome = new LintRunner(REGISTRY).run(request(".").build());
        assertEquals(List.of("a.html", "b.txt"), outcome.result().files().stream().map(FileResult::path).toList());
        assertEquals(1, outcome.result().summary().errors());
        assertEquals(1, outcome.result().summary().warnings());
        assertEquals(FailPolicy.EXIT_FINDINGS, outcome.exitCode());
    }

    @Test
    void appliesRuleSettingsInOrderAndTheFailPolicy() throws Exception {
        Files.writeString(base.resolve("a.html"), "<p>Size: $xxx, maybe</p>");
        LintOutcome outcome = new LintRunner(REGISTRY).run(request("a.html")
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
        UsageException unknown = assertThrows(UsageException.class, () -> new LintRunner(REGISTRY)
                .run(request(".").rule("placeholders", RuleSetting.off()).build()));
        assertEquals("unknown rule \"placeholders\" (did you mean \"placeholder\"?)", unknown.getMessage());
        UsageException far = assertThrows(UsageException.class, () -> new LintRunner(REGISTRY)
                .run(request(".").rule("zzzzzzzzzzzz", RuleSetting.off()).build()));
        assertEquals("unknown rule \"zzzzzzzzzzzz\"", far.getMessage());
    }

    @Test
    void aMissingPathIsAUsageError() {
        UsageException missing = assertThrows(UsageException.class,
                () -> new LintRunner(REGISTRY).run(request("nope.html").build()));
        assertEquals("no such file or directory: nope.html", missing.getMessage());
    }

    @Test
    void standardInputIsLintedUnderItsName() throws Exception {
        LintOutcome outcome = new LintRunner(REGISTRY).run(request()
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
        LintOutcome outcome = new LintRunner(REGISTRY).run(request(".").threads(4).build());
        assertEquals(FailPolicy.EXIT_INCOMPLETE, outcome.exitCode());
        assertEquals(1, outcome.result().summary().errors());
        assertEquals(List.of("cannot read: no such file"), outcome.result().files().get(1).errors());
    }
}
