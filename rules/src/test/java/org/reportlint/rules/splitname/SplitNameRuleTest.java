package org.reportlint.rules.splitname;

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

class SplitNameRuleTest {
    private final SplitNameRule rule = new SplitNameRule();

    @ParameterizedTest
    @ValueSource(strings = {"lists.html", "lines.txt", "lines.md", "markdown.md", "key-players.txt", "leading.html",
        "leading.txt", "tables.md"})
    void fixtureFindingsMatchTheirMarkers(String fixture) {
        RuleFixtures.assertFixture(rule, "/fixtures/split-name/" + fixture);
    }

    @Test
    void aFragmentInsideAnAcceptedTermIsNotReported() {
        RuleFixtures.assertFixture(rule, "/fixtures/split-name/vocabulary.html");
        String withoutLists = RuleFixtures.read("/fixtures/split-name/vocabulary.html")
                .replaceAll("<!-- accept: [^>]*-->", "");
        assertEquals("\"New Guinea\" is the rest of \"Papua\" split into its own entry",
                RuleFixtures.lint(rule, "vocabulary.html", withoutLists).get(0).message(),
                "without the accept list the same entry is reported");
    }

    @Test
    void messageNamesTheFragmentAndTheEntryItBelongsTo() {
        List<Finding> findings = RuleFixtures.lint(rule, "list.html",
                "<ul><li>Lakeside Technology Co. </li><li> Ltd. </li></ul>");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("\"Ltd.\" is the rest of \"Lakeside Technology Co.\" split into its own entry", finding.message());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(1, finding.related().size());
        assertEquals(8, finding.related().get(0).span().startOffset());
        assertEquals(31, finding.related().get(0).span().endOffset());
    }

    @Test
    void fixMergesTheFragmentIntoThePreviousListItem() {
        String source = "<ul><li>Hubei Zhonghuan New Material Technology Co. </li><li> Ltd. </li><li> Brunp </li></ul>";
        assertEquals("<ul><li>Hubei Zhonghuan New Material Technology Co., Ltd. </li><li> Brunp </li></ul>",
                applyFixes("list.html", source));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list.html", "list.txt", "bullets.md", "leading.html"})
    void fixesProduceTheExpectedTextAndLeaveNothingToReport(String name) {
        String source = resource("/fixtures/split-name/fix/" + name);
        String expected = resource("/fixtures/split-name/fix/" + name.replaceFirst("\\.(\\w+)$", ".fixed.$1"));
        String fixed = applyFixes(name, source);
        assertEquals(expected, fixed);
        assertEquals(List.of(), RuleFixtures.lint(rule, name, fixed), "re-linting the fixed text");
    }

    @Test
    void tableCellBesideOtherDataIsReportedWithoutFix() {
        List<Finding> findings = RuleFixtures.lint(rule, "table.html",
                "<table><tr><td>Harbor Energy Co.</td><td>4</td></tr><tr><td>Ltd.</td><td>5</td></tr></table>");
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).fix().isEmpty());
    }

    @Test
    void metadataDeclaresAFixableRecommendedError() {
        assertEquals("split-name", rule.metadata().id());
        assertEquals(Severity.ERROR, rule.metadata().defaultSeverity());
        assertTrue(rule.metadata().fixable());
        assertTrue(rule.metadata().recommended());
    }

    @Test
    void ruleIsRegisteredForServiceLoader() {
        assertTrue(ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type() == SplitNameRule.class));
    }

    private String applyFixes(String name, String source) {
        return RuleFixtures.applyFixes(rule, name, source);
    }

    private static String resource(String path) {
        return RuleFixtures.read(path);
    }
}
