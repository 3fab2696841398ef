package org.reportlint.rules.headingstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class HeadingStructureRuleTest {
    private final HeadingStructureRule rule = new HeadingStructureRule();

    @ParameterizedTest
    @ValueSource(strings = {"skips.html", "fragment.html", "furniture.html", "report.md", "report.txt"})
    void fixtureFindingsMatchTheirMarkers(String fixture) {
        RuleFixtures.assertFixture(rule, "/fixtures/heading-structure/" + fixture);
    }

    @Test
    void aSkipPointsAtThePreviousHeading() {
        List<Finding> findings = RuleFixtures.lint(rule, "page.html", "<h1>Widgets</h1>\n<h3>Drivers</h3>");
        assertEquals(1, findings.size());
        assertEquals(1, findings.get(0).related().size());
        assertEquals("The previous heading, h1 \"Widgets\"", findings.get(0).related().get(0).message());
        assertEquals(1, findings.get(0).related().get(0).span().start().line());
    }

    @Test
    void aSecondH1PointsAtTheFirst() {
        List<Finding> findings = RuleFixtures.lint(rule, "page.md", "# Widgets\n\ntext\n\n# Gears\n");
        assertEquals(1, findings.size());
        assertEquals("First h1 \"Widgets\"", findings.get(0).related().get(0).message());
        assertEquals(5, findings.get(0).span().start().line());
    }

    @Test
    void theTitleElementIsNotAnH1() {
        assertEquals(List.of(), RuleFixtures.lint(rule, "page.html",
                "<html><head><title>Widgets</title></head><body><h1>Widgets</h1><h2>Drivers</h2></body></html>"));
    }

    @Test
    void longHeadingsAreShortenedInMessages() {
        String longTitle = "Industrial Widget Market Size, Share and Trends Analysis Report by Product and Region";
        List<Finding> findings = RuleFixtures.lint(rule, "page.html",
                "<h1>Widgets</h1><h1>" + longTitle + "</h1>");
        String message = findings.get(0).message();
        assertTrue(message.startsWith("Second h1 \"Industrial Widget Market Size, Share and Trends Analysis"), message);
        assertTrue(message.contains("\u2026\" (the first is \"Widgets\")"), message);
    }

    @Test
    void metadataDeclaresARecommendedWarningWithoutFix() {
        assertEquals("heading-structure", rule.metadata().id());
        assertEquals(Severity.WARNING, rule.metadata().defaultSeverity());
        assertFalse(rule.metadata().fixable());
        assertTrue(rule.metadata().recommended());
    }

    @Test
    void metadataExampleFailsAndPasses() {
        assertEquals(1, RuleFixtures.lint(rule, "a.html", rule.metadata().examples().get(0).failing()).size());
        assertEquals(List.of(), RuleFixtures.lint(rule, "a.html", rule.metadata().examples().get(0).passing()));
    }

    @Test
    void ruleIsRegisteredForServiceLoader() {
        assertTrue(ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type() == HeadingStructureRule.class));
    }
}
