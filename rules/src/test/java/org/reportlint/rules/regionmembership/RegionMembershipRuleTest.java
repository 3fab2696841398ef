package org.reportlint.rules.regionmembership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.rules.testing.RuleFixtures;

class RegionMembershipRuleTest {
    private final RegionMembershipRule rule = new RegionMembershipRule();

    @ParameterizedTest
    @ValueSource(strings = {"lists.html", "markdown.md", "plain.txt", "tables.html"})
    void fixtureFindingsMatchTheirMarkers(String fixture) {
        RuleFixtures.assertFixture(rule, "/fixtures/region-membership/" + fixture);
    }
}
