package org.reportlint.rules.generatorleftover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.RuleFixtures;

class GeneratorLeftoverRuleTest {
    private final GeneratorLeftoverRule rule = new GeneratorLeftoverRule();

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "assistant-reply.md", "notes.txt"})
    void fixtureFindingsMatchTheirMarkers(String fixture) {
        RuleFixtures.assertFixture(rule, "/fixtures/generator-leftover/" + fixture);
    }

    @Test
    void findingIsAtTheLeftoverWithItsPosition() {
        List<Finding> findings = RuleFixtures.lint(rule, "a.html",
                "<p>The market grew.</p>\n<p>It doubled. Sure! Here's the rest.</p>");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(2, finding.span().start().line());
        assertEquals(16, finding.span().start().column());
        assertEquals("Assistant reply opener \"Sure! Here's\" left in the report", finding.message());
    }

    @Test
    void leftoverWrittenAcrossMarkupAndEntitiesIsReportedOverItsSource() {
        String source = "<p>Certainly!&nbsp;<b>Here</b> is the table.</p>";
        List<Finding> findings = RuleFixtures.lint(rule, "a.html", source);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("Certainly!&nbsp;<b>Here</b> is",
                source.substring(finding.span().startOffset(), finding.span().endOffset()));
        assertEquals("Assistant reply opener \"Certainly! Here is\" left in the report", finding.message());
    }

    @Test
    void longLeftoverIsQuotedShortInTheMessage() {
        List<Finding> findings = RuleFixtures.lint(rule, "a.txt",
                "[Insert a paragraph on the three largest vendors and their plants in Europe and Asia]");
        assertEquals(1, findings.size());
        assertEquals("Unfilled writing instruction \"[Insert a paragraph on the three largest vendors and "
                + "their\u2026\" left in the report", findings.get(0).message());
    }

    @Test
    void phraseListHasEveryKindAndRejectsAnUnknownOne() {
        List<LeftoverForm> forms = LeftoverForms.builtIn();
        for (LeftoverKind kind : LeftoverKind.values()) {
            assertTrue(forms.stream().anyMatch(form -> form.kind() == kind), kind + " has no form");
        }
        assertThrows(IllegalArgumentException.class, () -> LeftoverForms.parse(List.of("greeting hi ^hi there")));
        assertThrows(IllegalArgumentException.class, () -> LeftoverForms.parse(List.of("opener here")));
    }

    @Test
    void everyFormOfThePhraseListCompilesOnceOnFirstUse() {
        for (LeftoverForm form : LeftoverForms.builtIn()) {
            assertSame(form.pattern(), form.pattern(), form.regex());
            assertSame(form.starts(), form.starts(), form.regex());
            assertEquals(form.regex(), form.pattern().pattern());
        }
    }

    @Test
    void phraseListConventionsBecomeRegularExpressions() {
        LeftoverForm form = LeftoverForms.parse(List.of("closer know ^let me know if you")).get(0);
        assertTrue(form.pattern().matcher("Done. LET  ME\u00A0know if you want more.").find());
        assertFalse(form.pattern().matcher("They let me know if you call.").find(), "not at a sentence start");
        LeftoverForm apostrophe = LeftoverForms.parse(List.of("opener here here's [- ]x")).get(0);
        assertTrue(apostrophe.pattern().matcher("here\u2019s -x").find());
        assertTrue(apostrophe.pattern().matcher("here's  x").find(), "a space in a class is one character");
        assertFalse(apostrophe.pattern().matcher("here's +x").find(), "a class keeps its members");
    }

    @Test
    void needlesAreFoundAtWordStartsOfFoldedText() {
        LeftoverForm form = LeftoverForms.parse(List.of("closer here|as_an_ai as an ai")).get(0);
        assertEquals(List.of("here", "as an ai"), form.needles());
        assertTrue(form.mayOccurIn(LeftoverFinder.fold("Sure!  HERE\u2019s")));
        assertTrue(form.mayOccurIn(LeftoverFinder.fold("As an\n\u00A0AI model")));
        assertFalse(form.mayOccurIn(LeftoverFinder.fold("There, where it was, has an aim")));
        assertEquals("here's it", LeftoverFinder.fold("Here\u2019s \t It"));
    }

    @Test
    void metadataDeclaresARecommendedWarningWithoutFix() {
        assertEquals("generator-leftover", rule.metadata().id());
        assertEquals(Severity.WARNING, rule.metadata().defaultSeverity());
        assertFalse(rule.metadata().fixable());
        assertTrue(rule.metadata().recommended());
    }

    @Test
    void exampleFailsAndPasses() {
        assertEquals(2, RuleFixtures.lint(rule, "bad.html", rule.metadata().examples().get(0).failing()).size());
        assertEquals(List.of(), RuleFixtures.lint(rule, "good.html", rule.metadata().examples().get(0).passing()));
    }

    @Test
    void ruleIsRegisteredForServiceLoader() {
        assertTrue(ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type() == GeneratorLeftoverRule.class));
    }
}
