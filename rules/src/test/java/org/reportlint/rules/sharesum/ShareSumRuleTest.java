package org.reportlint.rules.sharesum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.RuleFixtures;

class ShareSumRuleTest {
    private final ShareSumRule rule = new ShareSumRule();

    @Test
    void metadataMatchesTheCatalogue() {
        RuleMetadata metadata = rule.metadata();
        assertEquals("share-sum", metadata.id());
        assertEquals(Severity.WARNING, metadata.defaultSeverity());
        assertFalse(metadata.fixable());
        assertTrue(metadata.recommended());
        OptionSpec tolerance = metadata.options().get(0);
        assertEquals("tolerance", tolerance.name());
        assertEquals(OptionSpec.Type.NUMBER, tolerance.type());
        assertEquals(0.5, tolerance.defaultValue());
    }

    @Test
    void listsTablesLinesAndSentences() {
        RuleFixtures.assertFixture(rule, "/fixtures/share-sum/forms.html");
    }

    @Test
    void relatedLocationsPointAtTheOtherShares() {
        List<Finding> findings = RuleFixtures.assertFixture(rule, "/fixtures/share-sum/forms.html");
        Finding sentence = findings.stream().filter(f -> f.message().contains("46%")).findFirst().orElseThrow();
        assertEquals(List.of("Share 41% of the same whole", "Share 22% of the same whole"),
                sentence.related().stream().map(r -> r.message()).toList());
    }

    @Test
    void nearMissesAreNotFlagged() {
        RuleFixtures.assertFixture(rule, "/fixtures/share-sum/near-misses.html");
    }

    @Test
    void variantsInOtherWords() {
        RuleFixtures.assertFixture(rule, "/fixtures/share-sum/variants.html");
    }

    @Test
    void markdownListAndTable() {
        RuleFixtures.assertFixture(rule, "/fixtures/share-sum/report.md");
    }

    @Test
    void plainTextListAndLines() {
        RuleFixtures.assertFixture(rule, "/fixtures/share-sum/report.txt");
    }

    @Test
    void toleranceOptionLowersTheSlackButNotBelowRounding() {
        RuleFixtures.assertFixture(rule, "/fixtures/share-sum/tolerance.md");
    }

    @Test
    void otherMarketsOnAListingPageAreNotFlagged() {
        RuleFixtures.assertFixture(rule, "/fixtures/share-sum/listing.html");
    }

    @Test
    void negativeToleranceIsAConfigurationError() {
        assertEquals(java.util.Set.of("tolerance"), rule.validateOptions(
                org.reportlint.core.rule.RuleOptions.of(java.util.Map.of("tolerance", -1))).keySet());
        assertTrue(rule.validateOptions(org.reportlint.core.rule.RuleOptions.of(java.util.Map.of())).isEmpty());
    }
}
