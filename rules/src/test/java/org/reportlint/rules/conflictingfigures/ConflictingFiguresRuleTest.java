package org.reportlint.rules.conflictingfigures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.RuleFixtures;

class ConflictingFiguresRuleTest {
    private final ConflictingFiguresRule rule = new ConflictingFiguresRule();

    @Test
    void metadataMatchesTheCatalogue() {
        RuleMetadata metadata = rule.metadata();
        assertEquals("conflicting-figures", metadata.id());
        assertEquals(Severity.WARNING, metadata.defaultSeverity());
        assertFalse(metadata.fixable());
        assertTrue(metadata.recommended());
    }

    @Test
    void marketGrowthRatesThatDisagree() {
        RuleFixtures.assertFixture(rule, "/fixtures/conflicting-figures/rates.html");
    }

    @Test
    void conflictPointsAtTheMainStatement() {
        Finding conflict = RuleFixtures.assertFixture(rule, "/fixtures/conflicting-figures/rates.html").get(0);
        RelatedLocation related = conflict.related().get(0);
        assertEquals("Growth rate \"CAGR of 7.1%\" stated here", related.message());
        assertEquals(6, related.span().start().line());
    }

    @Test
    void marketSizesForOneYearThatDisagree() {
        RuleFixtures.assertFixture(rule, "/fixtures/conflicting-figures/sizes.md");
    }

    @Test
    void listingPageOfSeveralMarketsHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/conflicting-figures/listing.html");
    }

    @Test
    void pageThatNamesNoMarketOfItsOwnIsNotChecked() {
        RuleFixtures.assertFixture(rule, "/fixtures/conflicting-figures/news.html");
    }

    @Test
    void qualifiersAreReadAsAReaderWould() {
        assertEquals(List.of(), lint("It will grow at a CAGR of 5%.", "A CAGR of around 5.4% is expected."));
        assertEquals(1, lint("It will grow at a CAGR of 5%.", "A CAGR of 5.6% is expected.").size());
        assertEquals(List.of(), lint("It will grow at a CAGR of 5-7%.", "A CAGR of 6.8% is expected."));
        assertEquals(1, lint("It will grow at a CAGR of 5-7%.", "A CAGR of 7.6% is expected.").size());
        assertEquals(List.of(), lint("It will grow at a CAGR of over 10%.", "A CAGR of 10.8% is expected."));
        assertEquals(1, lint("It will grow at a CAGR of over 10%.", "A CAGR of 14.6% is expected.").size());
        assertEquals(List.of(), lint("It will grow at a CAGR of nearly 8%.", "A CAGR of 7.6% is expected."));
        assertEquals(1, lint("It will grow at a CAGR of nearly 8%.", "A CAGR of 8.4% is expected.").size());
    }

    @Test
    void ratesForDifferentPeriodsAreNotCompared() {
        assertEquals(List.of(), lint("The market will grow at a CAGR of 5% from 2024 to 2030.",
                "The market will grow at a CAGR of 8% from 2031 to 2035."));
        assertEquals(List.of(), lint("The market will grow from USD 1.0 billion in 2022 to USD 1.1 billion in 2023 at a"
                + " CAGR of 10%.", "It will then reach USD 1.4 billion in 2027 at a CAGR of 6.2%."));
    }

    private List<Finding> lint(String first, String second) {
        return RuleFixtures.lint(rule, "widgets.txt", "Widget Market Report\n\n" + first + "\n\n" + second + "\n");
    }
}
