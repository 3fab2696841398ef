package org.reportlint.rules.markupleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class MarkupLeakRuleTest {
    private final MarkupLeakRule rule = new MarkupLeakRule();

    @ParameterizedTest
    @ValueSource(strings = {"markdown-in-html.html", "escapes.html", "markdown.md", "report.txt", "hand-written.txt"})
    void fixtureFindingsMatchTheirMarkers(String fixture) {
        RuleFixtures.assertFixture(rule, "/fixtures/markup-leak/" + fixture);
    }

    @Test
    void fixReplacesDoubleEscapesWithTheSingleEscapeAndNothingElse() {
        String source = RuleFixtures.read("/fixtures/markup-leak/fix/entities.html");
        String expected = RuleFixtures.read("/fixtures/markup-leak/fix/entities.fixed.html");
        String fixed = RuleFixtures.applyFixes(rule, "entities.html", source);
        assertEquals(expected, fixed);
        List<Finding> left = RuleFixtures.lint(rule, "entities.html", fixed);
        assertEquals(List.of("Double-escaped entity \"&amp;amp;\" shows as \"&amp;\"",
                        "Markdown bold \"**Acme**\" shown as text", "HTML tag \"<p>\" shown as text"),
                left.stream().map(Finding::message).toList());
        assertEquals(1, left.stream().filter(finding -> finding.fix().isPresent()).count(),
                "only the third escape layer is left to fix");
    }

    @Test
    void aSingleListMarkerNeedsOtherMarkdownOnThePage() {
        assertEquals(List.of(), messages("<p>- Acme Widgets opened a plant.</p><p>Demand rose.</p>"));
        assertEquals(List.of("Markdown bold \"**Acme**\" shown as text", "Markdown list marker \"-\" shown as text"),
                messages("<p>**Acme** leads.</p><p>Demand rose.</p><p>- Acme Widgets opened a plant.</p>"));
    }

    @Test
    void listMarkersInNeighbouringBlocksConfirmEachOtherButDistantOnesDoNot() {
        assertEquals(2, messages("<p>- Acme opened a plant.</p><p>- Brightway signed a deal.</p>").size());
        assertEquals(List.of(), messages("<p>- Acme opened a plant.</p><p>Demand rose.</p><p>Supply fell.</p>"
                + "<p>- Brightway signed a deal.</p>"));
    }

    @Test
    void handNumberedParagraphsNeedOtherMarkdownOnThePage() {
        String numbered = "<p>1. Introduction</p><p>2. Research scope</p>";
        assertEquals(List.of(), messages(numbered));
        assertEquals(List.of("Markdown heading \"## Contents\" shown as text",
                        "Markdown list marker \"1.\" shown as text", "Markdown list marker \"2.\" shown as text"),
                messages("<p>## Contents</p>" + numbered));
    }

    @Test
    void footnoteStarsNeedAListNotJustOtherMarkdown() {
        assertEquals(List.of("Markdown bold \"**Acme**\" shown as text"),
                messages("<p>**Acme** leads.</p><p>Text.</p><p>* Estimates from interviews.</p>"));
        assertEquals(2, messages("<p>* Acme leads.</p><p>* Brightway follows.</p>").size());
    }

    @Test
    void markdownInsideAMarkdownParagraphIsRenderedButInsideAnHtmlBlockIsNot() {
        assertEquals(List.of(), messages("page.md", "Players: **Acme** and *Brightway*.\n"));
        assertEquals(List.of("Markdown bold \"**Acme**\" shown as text"),
                messages("page.md", "<div>\nPlayers: **Acme**.\n</div>\n"));
    }

    @Test
    void findingsAreAtTheSourceOfTheLeakedText() {
        List<Finding> findings = RuleFixtures.lint(rule, "page.html", "<p>Top: &lt;b&gt;Acme&lt;/b&gt;</p>");
        assertEquals(2, findings.size());
        assertEquals(9, findings.get(0).span().start().column());
        assertEquals(18, findings.get(0).span().end().column());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void boldWrappedOverTwoSourceLinesIsOneFindingFromLineToLine() {
        List<Finding> findings = RuleFixtures.lint(rule, "page.html", "<p>Led by **Brightway\n   Gears** today.</p>");
        assertEquals(1, findings.size());
        assertEquals(List.of(1, 11, 2, 11), List.of(findings.get(0).span().start().line(),
                findings.get(0).span().start().column(), findings.get(0).span().end().line(),
                findings.get(0).span().end().column()));
    }

    @Test
    void metadataDeclaresAFixableRecommendedWarning() {
        assertEquals("markup-leak", rule.metadata().id());
        assertEquals(Severity.WARNING, rule.metadata().defaultSeverity());
        assertTrue(rule.metadata().fixable());
        assertTrue(rule.metadata().recommended());
    }

    @Test
    void metadataExampleFailsAndPasses() {
        assertEquals(2, messages(rule.metadata().examples().get(0).failing()).size());
        assertEquals(List.of(), messages(rule.metadata().examples().get(0).passing()));
    }

    @Test
    void ruleIsRegisteredForServiceLoader() {
        assertTrue(ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type() == MarkupLeakRule.class));
    }

    private List<String> messages(String html) {
        return messages("page.html", html);
    }

    private List<String> messages(String name, String text) {
        return RuleFixtures.lint(rule, name, text).stream().map(Finding::message).toList();
    }
}
