package org.reportlint.rules.regionmembership;

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

class RegionMembershipRuleTest {
    private final RegionMembershipRule rule = new RegionMembershipRule();

    @ParameterizedTest
    @ValueSource(strings = {"lists.html", "markdown.md", "plain.txt", "tables.html"})
    void fixtureFindingsMatchTheirMarkers(String fixture) {
        RuleFixtures.assertFixture(rule, "/fixtures/region-membership/" + fixture);
    }

    @Test
    void pointsAtTheRegionHeadingAsRelatedLocation() {
        String source = "<h3>Europe</h3><ul><li>Spain</li><li>Ireland</li><li>Japan</li></ul>";
        List<Finding> findings = RuleFixtures.lint(rule, "regions.html", source);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("\"Japan\" is listed under \"Europe\" but is in Asia Pacific", finding.message());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(1, finding.related().size());
        assertEquals(source.indexOf("Europe"), finding.related().get(0).span().startOffset());
        assertEquals(source.indexOf("Europe") + "Europe".length(), finding.related().get(0).span().endOffset());
        assertEquals("\"Europe\" is the region it is listed under", finding.related().get(0).message());
    }

    @Test
    void examplesOfItsMetadataFailAndPass() {
        assertEquals(2, RuleFixtures.lint(rule, "bad.html", rule.metadata().examples().get(0).failing()).size());
        assertEquals(List.of(), RuleFixtures.lint(rule, "good.html", rule.metadata().examples().get(0).passing()));
    }

    @Test
    void ruleIsRegisteredForServiceLoader() {
        assertTrue(ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type() == RegionMembershipRule.class));
    }
}
