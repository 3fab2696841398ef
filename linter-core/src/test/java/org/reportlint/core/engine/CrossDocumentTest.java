package org.reportlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.source.SourceSpan;
import org.reportlint.core.source.TextRange;
import org.reportlint.core.testing.GateRule;
import org.reportlint.core.testing.SameTitleRule;
import org.reportlint.core.testing.WordRule;

/** Cross-document rules through the engine: collected on every document, reported once all are read. */
class CrossDocumentTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.of(
            List.of(new WordRule("dollar", "$xxx", Severity.ERROR)), List.of(new SameTitleRule()));
    private static final RuleSet ALL = RuleSet.of(REGISTRY, Preset.ALL, Map.of());

    /** Throws in collect on a document with "KABOOM", in report when it collected "REPORT-BOOM". */
    private static final class FragileRule implements CrossDocumentRule<String> {
        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("fragile").summary("Fails on purpose").build();
        }

        @Override
        public Optional<String> collect(CollectContext context) {
            if (context.document().source().contains("KABOOM")) {
                throw new IllegalStateException("collect broke");
            }
            return Optional.of(context.document().source());
        }

        @Override
        public void report(List<String> collected, CrossDocumentContext context) {
            if (collected.stream().anyMatch(text -> text.contains("REPORT-BOOM"))) {
                throw new IllegalArgumentException("report broke");
            }
        }
    }

    /** Reports at a location it made up instead of one from {@code locate}. */
    private static final class ForgerRule implements CrossDocumentRule<String> {
        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("forger").summary("Makes up locations").build();
        }

        @Override
        public Optional<String> collect(CollectContext context) {
            return Optional.of(context.document().path());
        }

        @Override
        public void report(List<String> collected, CrossDocumentContext context) {
            SourceSpan span = org.reportlint.core.source.LineIndex.of("x").span(0, 1);
            context.report(CrossDocumentProblem.at(new DocumentLocation() {
                @Override
                public String path() {
                    return collected.get(0);
                }

                @Override
                public SourceSpan span() {
                    return span;
                }
            }, "made up"));
        }
    }

    private static SourceInput input(String path, String content) {
        return SourceInput.ofContent(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FileResult> lint(RuleSet rules, int threads, SourceInput... inputs) {
        List<FileResult> results = new ArrayList<>();
        new Linter().lint(List.of(inputs), input -> FileSettings.of(rules), threads, results::add);
        return results;
    }

    @Test
    void withGroupsOnlyDocumentsOfOneGroupAreCompared() {
        List<SourceInput> inputs = List.of(input("a/one.md", "# Widget Market\n"), input("a/two.md", "# Gadget\n"),
                input("b/one.md", "# Widget Market\n"), input("b/two.md", "# Gadget\n"),
                input("loose.md", "# Gadget\n"), input("stray.md", "# Gadget\n"));
        Linter grouped = new Linter().comparingWithinGroups(path -> path.startsWith("a/") ? Optional.of("a")
                : path.startsWith("b/") ? Optional.of("b") : Optional.empty());
        List<FileResult> results = new ArrayList<>();
        grouped.lint(inputs, input -> FileSettings.of(ALL), 2, results::add);
        List<String> flagged = results.stream().filter(result -> !result.findings().isEmpty())
                .map(FileResult::path).toList();
        // One title in both groups is no finding; two paths of no group are compared with each other.
        assertEquals(List.of("stray.md"), flagged);
        assertEquals(List.of("b/one.md", "b/two.md", "loose.md", "stray.md"),
                lint(ALL, 2, inputs.toArray(SourceInput[]::new)).stream()
                        .filter(result -> !result.findings().isEmpty()).map(FileResult::path).toList(),
                "without groups every document is compared with every other");
    }

    @Test
    void aFindingInOneFilePointsAtAnotherWithExactPositions() {
        List<FileResult> results = lint(ALL, 1,
                input("a.md", "# Widget Market\n\nText.\n"),
                input("b.html", "<p>intro</p>\n<h1>Widget Market</h1>\n"),
                input("c.txt", "# Gadget Market\n"));
        assertEquals(List.of("a.md", "b.html", "c.txt"), results.stream().map(FileResult::path).toList());
        assertEquals(List.of(), results.get(0).findings());
        assertEquals(List.of(), results.get(2).findings());
        Finding finding = results.get(1).findings().get(0);
        assertEquals(SameTitleRule.ID, finding.rule());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Title \"Widget Market\" is also the title of a.md", finding.message());
        assertEquals(2, finding.span().start().line());
        assertEquals(5, finding.span().start().column());
        assertEquals(18, finding.span().end().column());
        assertEquals("<h1>Widget Market</h1>", finding.excerpt().text());
        assertEquals(32, finding.fingerprint().length());
        assertEquals(Optional.empty(), finding.fix());
        RelatedLocation related = finding.related().get(0);
        assertEquals(Optional.of("a.md"), related.path());
        assertEquals("the same title", related.message());
        assertEquals(1, related.span().start().line());
        assertEquals(3, related.span().start().column());
    }

    @Test
    void theValuesArriveInPathOrderWhateverTheThreadCount() {
        SourceInput[] inputs = new SourceInput[12];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = input(String.format("r%02d.md", i), "# Same\n" + "text\n".repeat(i * 50));
        }
        List<FileResult> one = lint(ALL, 1, inputs);
        List<FileResult> four = lint(ALL, 4, inputs);
        assertEquals(one, four);
        assertEquals(List.of(), one.get(0).findings(), "the first in path order is the original");
        assertEquals("Title \"Same\" is also the title of r00.md", one.get(11).findings().get(0).message());
    }

    @Test
    void theTargetFilesSuppressionsHideItAndAreNotUnused() {
        String suppressed = "<!-- reportlint-disable-next-line same-title -- a translation -->\n"
                + "<h1>Widget Market</h1>\n";
        List<FileResult> results = lint(ALL, 2, input("a.md", "# Widget Market\n"), input("b.html", suppressed));
        assertEquals(List.of(), results.get(1).findings());
        assertEquals(1, results.get(1).suppressed());

        String idle = "<!-- reportlint-disable-next-line same-title -->\n<h1>Other</h1>\n";
        Finding unused = lint(ALL, 2, input("a.md", "# Widget Market\n"), input("b.html", idle))
                .get(1).findings().get(0);
        assertEquals("unused-suppression", unused.rule());
        assertEquals("Unused reportlint-disable-next-line directive: no \"same-title\" problems were reported here",
                unused.message());
    }

    @Test
    void aDirectiveForBothKindsIsUsedWhenEitherKindHidesSomething() {
        String page = "<!-- reportlint-disable-file dollar, same-title -->\n<h1>Widget Market</h1>\n<p>$xxx</p>\n";
        FileResult both = lint(ALL, 1, input("a.md", "# Widget Market\n"), input("b.html", page)).get(1);
        assertEquals(List.of(), both.findings());
        assertEquals(2, both.suppressed());
        FileResult ownOnly = lint(ALL, 1, input("a.md", "# Other\n"), input("b.html", page)).get(1);
        assertEquals(List.of("unused-suppression"), ownOnly.findings().stream().map(Finding::rule).toList());
        assertTrue(ownOnly.findings().get(0).message().endsWith("no \"same-title\" problems were reported here"));
    }

    @Test
    void aFileWhereTheRuleIsOffNeitherContributesNorGetsFindings() {
        RuleSet off = RuleSet.of(REGISTRY, Preset.ALL, Map.of(SameTitleRule.ID, RuleSetting.off()));
        List<FileResult> results = new ArrayList<>();
        List<SourceInput> inputs = List.of(input("a.md", "# T\n"), input("b.md", "# T\n"), input("c.md", "# T\n"));
        new Linter().lint(inputs, input -> FileSettings.of(input.path().equals("b.md") ? off : ALL), 2, results::add);
        assertEquals(List.of(), results.get(1).findings());
        assertEquals("Title \"T\" is also the title of a.md", results.get(2).findings().get(0).message());
    }

    @Test
    void theSeverityIsTheTargetFilesOwn() {
        RuleSet error = RuleSet.of(REGISTRY, Preset.ALL, Map.of(SameTitleRule.ID, RuleSetting.of(Severity.ERROR)));
        List<FileResult> results = new ArrayList<>();
        new Linter().lint(List.of(input("a.md", "# T\n"), input("b.md", "# T\n")),
                input -> FileSettings.of(input.path().equals("b.md") ? error : ALL), 1, results::add);
        assertEquals(Severity.ERROR, results.get(1).findings().get(0).severity());
    }

    @Test
    void aRuleThatThrowsInEitherStepIsAnInternalError() {
        RuleSet fragile = RuleSet.of(RuleRegistry.of(List.of(), List.of(new FragileRule())), Preset.ALL, Map.of());
        List<FileResult> collect = lint(fragile, 2, input("a.md", "fine"), input("b.md", "KABOOM"));
        assertEquals(List.of(), collect.get(0).findings());
        Finding crash = collect.get(1).findings().get(0);
        assertEquals("internal-error", crash.rule());
        assertEquals("Rule \"fragile\" failed: IllegalStateException: collect broke", crash.message());
        assertTrue(collect.get(1).hasErrors());

        List<FileResult> report = lint(fragile, 2, input("a.md", "fine"), input("b.md", "REPORT-BOOM"));
        Finding failed = report.get(0).findings().get(0);
        assertEquals("internal-error", failed.rule());
        assertEquals("Rule \"fragile\" failed: IllegalArgumentException: report broke", failed.message());
        assertEquals(1, failed.span().start().line());
        assertEquals(List.of(), report.get(1).findings());
        assertTrue(LintResult.of(report).hasErrors());
    }

    @Test
    void aLocationThatDidNotComeFromLocateIsAnInternalError() {
        RuleSet forger = RuleSet.of(RuleRegistry.of(List.of(), List.of(new ForgerRule())), Preset.ALL, Map.of());
        Finding crash = lint(forger, 1, input("a.md", "x")).get(0).findings().get(0);
        assertEquals("internal-error", crash.rule());
        assertTrue(crash.message().contains("needs a location from CollectContext.locate"), crash.message());
    }

    @Test
    void oneDocumentLintedAloneIsARunOfItsOwn() {
        Linter linter = new Linter();
        FileResult alone = linter.lint(DocumentParser.parse("a.md", "# T\n\n# T\n"), ALL);
        assertEquals(List.of(), alone.findings(), "a title cannot repeat another document's within one document");
        LintedFile a = linter.check(DocumentParser.parse("a.md", "# T\n"), ALL);
        LintedFile b = linter.check(DocumentParser.parse("b.md", "# T\n"), ALL);
        assertTrue(a.awaitsOtherDocuments());
        List<FileResult> both = linter.complete(List.of(a, b));
        assertEquals(1, both.get(1).findings().size());
    }

    @Test
    void withACrossDocumentRuleEveryResultWaitsForTheLastDocument() {
        // The gate holds z.md until a.md's result arrives: with a cross-document rule on, that is only after z.md
        // is read, so the gate times out and says so. Results still come in path order.
        GateRule gate = new GateRule("z.md", 300);
        RuleSet rules = RuleSet.of(RuleRegistry.of(List.of(gate), List.of(new SameTitleRule())), Preset.ALL,
                Map.of());
        List<FileResult> results = new ArrayList<>();
        new Linter().lint(List.of(input("a.md", "# A\n"), input("z.md", "# Z\n")), input -> FileSettings.of(rules),
                2, file -> {
                    results.add(file);
                    gate.open();
                });
        assertEquals(List.of("a.md", "z.md"), results.stream().map(FileResult::path).toList());
        assertEquals(List.of(GateRule.TIMED_OUT),
                results.get(1).findings().stream().map(Finding::message).toList());
    }

    @Test
    void theRegistryKeepsBothKindsInOneSpaceOfIds() {
        assertEquals(List.of("dollar", "encoding", "internal-error", "same-title", "unused-suppression",
                "vocabulary"),
                REGISTRY.allMetadata().stream().map(RuleMetadata::id).toList());
        assertTrue(REGISTRY.findCrossDocument(SameTitleRule.ID).isPresent());
        assertEquals(List.of(SameTitleRule.ID), ALL.crossDocumentRules().stream().map(r -> r.id()).toList());
        assertEquals(Optional.of(Severity.WARNING), ALL.severity(SameTitleRule.ID));
        IllegalStateException twice = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> RuleRegistry.of(List.of(new WordRule("same-title", "x", Severity.INFO)),
                        List.of(new SameTitleRule())));
        assertTrue(twice.getMessage().startsWith("two rules have the id \"same-title\""), twice.getMessage());
    }
}
