package org.reportlint.core.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.config.RuleSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.testing.GateRule;
import org.reportlint.core.testing.WordRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


class LinterTest {

    /** Always throws, like a buggy third-party rule. */
    static final class BrokenRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("broken").summary("s").build();
        }

        @Override
        public void check(RuleContext context) {
            throw new IllegalStateException("boom\nsecond line");
        }
    }

    private static RuleSet rules(Rule... rules) {
        return RuleSet.of(RuleRegistry.of(List.of(rules)), Preset.ALL, Map.of());
    }

    private static SourceInput input(String path, String content) {
        return SourceInput.ofContent(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findingsCarryPositionsExcerptAndFingerprint() {
        FileResult result = new Linter().lint(input("a.txt", "first\nvalue $xxx here"), rules(new WordRule("dollar", "$xxx", Severity.ERROR)));
        Finding finding = result.findings().get(0);
        assertEquals(2, finding.span().start().line());
        assertEquals(7, finding.span().start().column());
        assertEquals(11, finding.span().end().column());
        assertEquals("value $xxx here", finding.excerpt().text());
        assertEquals(32, finding.fingerprint().length());
        assertEquals(Severity.ERROR, finding.severity());
    }

    @Test
    void aMisspelledIdInADirectiveIsOneUnusedSuppressionNamingTheIdMeant() {
        RuleSet set = rules(new WordRule("dollar", "$xxx", Severity.ERROR));
        FileResult result = new Linter().lint(input("a.html",
                "<p>ok</p>\n<!-- reportlint-disable dolar -->\n<p>$xxx</p>\n"), set);
        List<Finding> unused = result.findings().stream().filter(f -> f.rule().equals("unused-suppression")).toList();
        assertEquals(1, unused.size(), unused.toString());
        assertEquals("unknown rule \"dolar\" in reportlint-disable (did you mean \"dollar\"?)", unused.get(0).message());
        assertEquals(2, unused.get(0).span().start().line());
        assertEquals(Severity.WARNING, unused.get(0).severity());
        assertEquals(1, result.findings().stream().filter(f -> f.rule().equals("dollar")).count());
    }

    @Test
    void anUnknownIdIsNotReportedWhenUnusedSuppressionIsOffAndADisabledRuleIsNotUnknown() {
        RuleRegistry registry = RuleRegistry.of(List.of(new WordRule("dollar", "$xxx", Severity.ERROR)));
        RuleSet off = RuleSet.of(registry, Preset.ALL,
                Map.of("unused-suppression", new RuleSetting(Optional.empty(), Optional.empty())));
        assertEquals(List.of(), new Linter().lint(input("a.html", "<!-- reportlint-disable dolar -->\n"), off)
                .findings());
        RuleSet dollarOff = RuleSet.of(registry, Preset.ALL,
                Map.of("dollar", new RuleSetting(Optional.empty(), Optional.empty())));
        List<Finding> findings = new Linter().lint(input("a.html", "<!-- reportlint-disable dollar -->\n"), dollarOff)
                .findings();
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().startsWith("Unused reportlint-disable directive"), findings.toString());
    }

    @Test
    void fingerprintIgnoresLinesMovingButNotOtherWords() {
        Linter linter = new Linter();
        String a = linter.lint(input("a.txt", "intro\n\nvalue $xxx here"), rules(new WordRule("dollar", "$xxx", Severity.ERROR))).findings().get(0).fingerprint();
        String moved = linter.lint(input("a.txt", "new para\n\nintro\n\nvalue $xxx here"), rules(new WordRule("dollar", "$xxx", Severity.ERROR)))
                .findings().get(0).fingerprint();
        String other = linter.lint(input("a.txt", "intro\n\ncost $xxx there"), rules(new WordRule("dollar", "$xxx", Severity.ERROR))).findings().get(0).fingerprint();
        assertEquals(a, moved);
        assertFalse(a.equals(other));
    }

    @Test
    void aRuleThatThrowsBecomesAnInternalErrorAndTheOthersStillRun() {
        FileResult result = new Linter().lint(input("a.txt", "$xxx"), rules(new BrokenRule(), new WordRule("dollar", "$xxx", Severity.ERROR)));
        assertEquals(List.of("dollar", "internal-error"), result.findings().stream().map(Finding::rule).sorted().toList());
        Finding crash = result.findings().stream().filter(f -> f.rule().equals("internal-error")).findFirst().orElseThrow();
        assertEquals("Rule \"broken\" failed: IllegalStateException: boom", crash.message());
        assertTrue(result.hasErrors());
    }

    @Test
    void malformedBytesGiveOneEncodingFinding() {
        byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xFF, 'a', (byte) 0xFE};
        FileResult result = new Linter().lint(SourceInput.ofContent("bad.txt", bytes), rules());
        assertEquals(1, result.findings().size());
        Finding finding = result.findings().get(0);
        assertEquals("encoding", finding.rule());
        assertEquals(2, finding.span().start().line());
        assertEquals(2, finding.span().start().column());
        // Where is the finding's position; an offset in the message would change with every line inserted above.
        assertEquals("Invalid UTF-8 bytes: the file is not valid in its encoding; bad bytes read as U+FFFD",
                finding.message());
    }

    /** Runs out of memory on a document containing "HOG", as a rule given a pathological file would. */
    static final class HungryRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("hungry").summary("s").build();
        }

        @Override
        public void check(RuleContext context) {
            if (context.document().source().contains("HOG")) {
                throw new OutOfMemoryError("Java heap space");
            }
        }
    }

    @Test
    void aBinaryFileFoundWalkingAFolderIsSkippedWithANotice(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("x.txt"), new byte[] {1, 0, 2});
        FileResult result = new Linter().lint(SourceInput.ofWalkedFile("x.txt", file), rules());
        assertEquals(List.of("skipped binary file"), result.notices());
        assertTrue(result.isSkipped());
        assertFalse(result.hasErrors());
    }

    @Test
    void aFileWithNulBytesNamedOnPurposeIsLintedAndTheNulReported(@TempDir Path dir) throws Exception {
        byte[] bytes = "oops\0 $xxx".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("x.html"), bytes);
        RuleSet rules = rules(new WordRule("dollar", "$xxx", Severity.ERROR));
        for (SourceInput input : List.of(SourceInput.ofFile("x.html", file), SourceInput.ofContent("x.html", bytes))) {
            FileResult result = new Linter().lint(input, rules);
            assertTrue(result.notices().isEmpty());
            assertEquals(List.of("encoding", "dollar"), result.findings().stream().map(Finding::rule).toList());
            assertEquals("NUL byte: NUL is not text; the file is binary or in an encoding it does not declare",
                    result.findings().get(0).message());
            assertEquals(5, result.findings().get(0).span().start().column());
        }
    }

    @Test
    void aFifoIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.html");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (java.io.IOException noMkfifo) {
            made = -1;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made == 0, "mkfifo is not available here");
        // Reading the FIFO would block this test for ever: the refusal comes before any read.
        FileResult result = new Linter().lint(SourceInput.ofFile("pipe.html", fifo), rules());
        assertEquals(List.of(SourceInput.NOT_A_REGULAR_FILE), result.errors());
    }

    @Test
    void runningOutOfMemoryOnOneFileGivesUpOnItAndLintsTheRest() {
        List<SourceInput> inputs = List.of(input("a.txt", "oops"), input("b.txt", "HOG oops"), input("c.txt", "oops"));
        LintResult result = new Linter().lint(inputs,
                input -> rules(new HungryRule(), new WordRule("oops", "oops", Severity.ERROR)), 2);
        assertEquals(List.of("cannot lint: not enough memory for this file; gave up on it (give Java more heap, "
                + "e.g. REPORTLINT_JAVA_OPTS=-Xmx4g)"), result.files().get(1).errors());
        assertTrue(result.files().get(1).findings().isEmpty());
        assertEquals(List.of("oops"), result.files().get(0).findings().stream().map(Finding::rule).toList());
        assertEquals(List.of("oops"), result.files().get(2).findings().stream().map(Finding::rule).toList());
    }

    @Test
    void aMissingFileIsAnErrorOfThatFileOnly(@TempDir Path dir) {
        FileResult result = new Linter().lint(SourceInput.ofFile("gone.html", dir.resolve("gone.html")), rules());
        assertEquals(List.of("cannot read: no such file"), result.errors());
        assertTrue(result.hasErrors());
    }

    @Test
    void resultsAreInPathOrderWhateverTheThreadCount(@TempDir Path dir) throws Exception {
        List<SourceInput> inputs = new ArrayList<>();
        for (int i = 40; i > 0; i--) {
            Path file = dir.resolve("f" + i + ".txt");
            Files.writeString(file, "x $xxx y\n".repeat(i % 5 + 1));
            inputs.add(SourceInput.ofFile("f" + i + ".txt", file));
        }
        Linter linter = new Linter();
        LintResult one = linter.lint(inputs, input -> rules(new WordRule("dollar", "$xxx", Severity.ERROR)), 1);
        LintResult four = linter.lint(inputs, input -> rules(new WordRule("dollar", "$xxx", Severity.ERROR)), 4);
        assertEquals(one, four);
        assertEquals("f1.txt", one.files().get(0).path());
        assertEquals(inputs.size(), one.summary().files());
    }

    @Test
    void eachResultReachesTheSinkBeforeTheLaterFilesAreLinted() {
        for (int threads : new int[] {1, 2}) {
            GateRule gate = new GateRule("z.txt");
            List<String> seen = new ArrayList<>();
            List<FileResult> results = new ArrayList<>();
            new Linter().lint(List.of(input("a.txt", "first"), input("z.txt", "last")),
                    input -> FileSettings.of(rules(gate)), threads, file -> {
                        seen.add(file.path());
                        results.add(file);
                        if (file.path().equals("a.txt")) {
                            gate.open();
                        }
                    });
            assertEquals(List.of("a.txt", "z.txt"), seen);
            assertEquals(List.of(), results.get(1).findings(), "z.txt was held until a.txt reached the sink");
        }
    }
}
