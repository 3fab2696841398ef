package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.RuleFixtures;

class PlaceholderRuleTest {
    private final PlaceholderRule rule = new PlaceholderRule();

    @Test
    void flagsPlaceholdersInHtmlReport() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/report.html");
    }

    @Test
    void flagsPlaceholdersInPlainTextReport() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/report.txt");
    }

    @Test
    void flagsPlaceholdersInMarkdownOutsideCode() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/report.md");
    }

    @Test
    void markdownFormattingTablesAndCodeFixture() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/formatting.md");
    }

    @Test
    void markdownSuppressionsFixture() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/suppressed.md");
    }

    @Test
    void generalisedFormsAndNearMissesInHtml() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/generalised.html");
    }

    @Test
    void generalisedFormsAndNearMissesInMarkdown() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/generalised.md");
    }

    @Test
    void allowedLiteralsAreNeverFlagged() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/allow.html");
    }

    @Test
    void acceptedTermsAreNotFlaggedAndTheAllowOptionStillApplies() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/vocabulary.html");
    }

    @Test
    void withoutTheAcceptListTheSameNamesAreFlagged() {
        String withoutLists = RuleFixtures.read("/fixtures/placeholder/vocabulary.html")
                .replaceAll("<!-- accept: [^>]*-->", "").replaceAll("<!-- expect: [^>]*-->", "");
        List<String> flagged = RuleFixtures.lint(rule, "vocabulary.html", withoutLists).stream()
                .map(Finding::message).toList();
        assertTrue(flagged.containsAll(List.of("Dummy name \"Company A\" left in text",
                "Dummy name \"Vendor X\" left in text", "Dummy name \"Player 7\" left in text")), flagged.toString());
        assertEquals(17, flagged.size(), flagged.toString());
    }

    @Test
    void extraPatternsAreFlagged() {
        RuleFixtures.assertFixture(rule, "/fixtures/placeholder/extra-patterns.html");
    }

    @Test
    void invalidExtraPatternFailsWithMessageNamingIt() {
        List<Finding> findings = RuleFixtures.lint(rule, "bad.html",
                "<!-- options: {\"extraPatterns\": [\"(unclosed\"]} --><p>Company A</p>");
        assertEquals(1, findings.size());
        assertEquals("internal-error", findings.get(0).rule());
        assertTrue(findings.get(0).message().contains("invalid pattern \"(unclosed\""), findings.get(0).message());
    }

    @Test
    void messagesNameTheFlaggedText() {
        List<Finding> findings = RuleFixtures.lint(rule, "m.txt", "It is $xxx million.\n\nLed by Company A.\n\n"
                + "Hi {{ name }}.\n\nlorem ipsum\n\nvalued at USD billion");
        assertEquals(List.of("Placeholder \"$xxx million\" left in text", "Dummy name \"Company A\" left in text",
                "Unrendered template syntax \"{{ name }}\"", "Filler \"lorem ipsum\" left in text",
                "Empty slot: \"USD billion\" has no number"), findings.stream().map(Finding::message).toList());
    }

    @Test
    void entityMapsToItsWholeSourceRange() {
        List<Finding> findings = RuleFixtures.lint(rule, "e.html", "<p>Worth &#36;xxx today.</p>");
        assertEquals(1, findings.size());
        assertEquals(10, findings.get(0).span().start().column());
        assertEquals(18, findings.get(0).span().end().column());
    }

    @Test
    void metadataMatchesTheCatalogue() {
        assertEquals("placeholder", rule.metadata().id());
        assertEquals(Severity.ERROR, rule.metadata().defaultSeverity());
        assertTrue(rule.metadata().recommended());
        assertFalse(rule.metadata().fixable());
        assertEquals(List.of("extraPatterns", "allow"),
                rule.metadata().options().stream().map(o -> o.name()).toList());
    }

    @Test
    void isRegisteredForServiceLoader() {
        assertTrue(ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type() == PlaceholderRule.class));
    }

    @Test
    void keepsTheEarliestLongestOfOverlappingMatches() {
        List<TextMatch> kept = PlaceholderRule.longestOfOverlapping(List.of(
                new TextMatch(15, 17, "share"), new TextMatch(0, 17, "entity"), new TextMatch(20, 22, "other")));
        assertEquals(List.of("entity", "other"), kept.stream().map(TextMatch::message).toList());
    }
}
