package org.reportlint.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.testing.WordRule;

class BaselineTest {

    private static final RuleSet RULES = RuleSet.of(RuleRegistry.of(List.of(new WordRule("dollar", "$xxx", Severity.ERROR))), Preset.ALL, Map.of());
    private static final String REPORT = "<h1>Report</h1>\n<p>The market is worth $xxx million.</p>\n"
            + "<p>It grows to $xxx billion.</p>\n<p>Same $xxx twice: $xxx.</p>\n";

    private static LintResult lint(String text) {
        return LintResult.of(List.of(new Linter().lint(
                SourceInput.ofContent("r.html", text.getBytes(StandardCharsets.UTF_8)), RULES)));
    }

    @Test
    void acceptedFindingsStayHiddenWhenOtherTextMoves() {
        Baseline baseline = Baseline.of(lint(REPORT));
        Baseline.Filtered filtered = baseline.filter(lint(REPORT.replace("<h1>Report</h1>\n",
                "<h1>Report</h1>\n<p>A new paragraph above everything.</p>\n\n")));
        assertEquals(0, filtered.result().summary().findings());
        assertEquals(4, filtered.matched());
        assertEquals(List.of(), filtered.prunable());
        assertEquals(4, filtered.result().summary().suppressed());
    }

    @Test
    void aNewInstanceIsReported() {
        Baseline baseline = Baseline.of(lint(REPORT));
        Baseline.Filtered filtered = baseline.filter(lint(REPORT + "<p>And now $xxx units.</p>\n"));
        assertEquals(1, filtered.result().summary().findings());
        assertEquals(5, filtered.result().files().get(0).findings().get(0).span().start().line());
    }

    @Test
    void anotherCopyOfAnAcceptedSentenceIsStillNew() {
        Baseline baseline = Baseline.of(lint(REPORT));
        Baseline.Filtered filtered = baseline.filter(lint(REPORT + "<p>The market is worth $xxx million.</p>\n"));
        assertEquals(1, filtered.result().summary().findings());
    }

    @Test
    void fixedFindingsLeavePrunableEntries() {
        Baseline baseline = Baseline.of(lint(REPORT));
        Baseline.Filtered filtered = baseline.filter(lint(REPORT.replace("It grows to $xxx billion.", "It grows.")));
        assertEquals(0, filtered.result().summary().findings());
        assertEquals(1, filtered.prunable().size());
        assertEquals("dollar", filtered.prunable().get(0).rule());
    }

    @Test
    void fileRoundTripIsSortedAndStable(@TempDir Path dir) throws Exception {
        Baseline baseline = Baseline.of(lint(REPORT + "<p>It grows to $xxx billion.</p>\n"));
        String text = BaselineFile.format(baseline);
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, text);
        Baseline read = BaselineFile.read(file);
        assertEquals(baseline.entries(), read.entries());
        assertEquals(text, BaselineFile.format(read));
        assertTrue(text.contains("\"count\" : 2"), text);
        assertTrue(text.startsWith("{\n  \"schemaVersion\" : 1,"), text);
    }

    @Test
    void badFilesGiveOneLineErrors(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("none.json");
        BaselineFile.BaselineException error = assertThrows(BaselineFile.BaselineException.class, () -> BaselineFile.read(missing));
        assertTrue(error.getMessage().endsWith("none.json: baseline file not found (create it with --update-baseline)"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1,\n \"entries\": [}");
        error = assertThrows(BaselineFile.BaselineException.class, () -> BaselineFile.read(broken));
        assertTrue(error.getMessage().contains("broken.json:2:"), error.getMessage());
    }

    @Test
    void aBaselineBeyondTheJsonParsersLimitsIsAOneLineErrorNamingIt(@TempDir Path dir) throws Exception {
        Map<String, String> beyond = Map.of(
                "deep.json", "[".repeat(5000) + "]".repeat(5000),
                "number.json", "{\"schemaVersion\": 1" + "0".repeat(5000) + ", \"entries\": []}",
                "string.json", "{\"schemaVersion\": 1, \"entries\": [{\"path\": \"" + "a".repeat(25_000_000) + "\"}]}");
        for (Map.Entry<String, String> file : beyond.entrySet()) {
            Path baseline = dir.resolve(file.getKey());
            Files.writeString(baseline, file.getValue());
            BaselineFile.BaselineException error = assertThrows(BaselineFile.BaselineException.class,
                    () -> BaselineFile.read(baseline));
            assertTrue(error.getMessage().startsWith(baseline + ": not a valid baseline: beyond the JSON parser's limits: "),
                    error.getMessage());
            assertEquals(1, error.getMessage().lines().count(), error.getMessage());
        }
    }
}
