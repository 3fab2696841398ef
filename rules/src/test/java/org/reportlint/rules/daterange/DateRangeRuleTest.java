package org.reportlint.rules.daterange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.RuleFixtures;

class DateRangeRuleTest {
    private final DateRangeRule rule = new DateRangeRule();

    @Test
    void metadataMatchesTheCatalogue() {
        RuleMetadata metadata = rule.metadata();
        assertEquals("date-range", metadata.id());
        assertEquals(Severity.WARNING, metadata.defaultSeverity());
        assertFalse(metadata.fixable());
        assertTrue(metadata.recommended());
        OptionSpec asOf = metadata.options().get(0);
        assertEquals("asOf", asOf.name());
        assertEquals(OptionSpec.Type.INTEGER, asOf.type());
        assertEquals(0, asOf.defaultValue());
    }

    @Test
    void conflictingForecastPeriodInHtmlReport() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/conflict.html");
    }

    @Test
    void conflictPointsAtTheFirstStatementOfTheMainPeriod() {
        List<Finding> findings = RuleFixtures.assertFixture(rule, "/fixtures/date-range/conflict.html");
        Finding conflict = findings.get(0);
        assertEquals("Forecast period 2021-2026 conflicts with 2024-2030 used elsewhere (5 times)", conflict.message());
        assertEquals(1, conflict.related().size());
        RelatedLocation related = conflict.related().get(0);
        assertEquals("Forecast period 2024-2030 stated here", related.message());
        // The first statement is the document title: "...Size And Forecast 2024-2030</title>" on line 4.
        assertEquals(4, related.span().start().line());
        assertEquals(51, related.span().start().column());
        assertEquals(9, related.span().endOffset() - related.span().startOffset());
    }

    @Test
    void reversedAndImpossibleYears() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/reversed.html");
    }

    @Test
    void plainTextReport() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/plain.txt");
    }

    @Test
    void historyBaseYearsAndRepeatedPeriodsAreClean() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/clean.html");
    }

    @Test
    void listingPageOfSeveralMarketsHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing.html");
    }

    @Test
    void plainTextListingOfSeveralMarketsHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing.txt");
    }

    @Test
    void relatedReportsKeepTheirOwnPeriods() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/related.html");
    }

    @Test
    void conflictInTheDocumentsOwnPartIsStillFound() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/own-part.html");
    }

    @Test
    void fiscalCalendarAndMarkedRanges() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/forms.html");
    }

    @Test
    void markdownHeadingsTablesAndRelatedReports() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/markdown.md");
    }

    @Test
    void asOfReportsForecastsThatAreOver() {
        List<Finding> findings = RuleFixtures.assertFixture(rule, "/fixtures/date-range/as-of.html");
        assertEquals("Forecast period 2019-2024 ended before 2026", findings.get(0).message());
    }

    @Test
    void asOfIsOffByDefault() {
        assertEquals(List.of(), RuleFixtures.lint(rule, "old.html",
                "<h1>Valve Market Forecast 2019-2024</h1><p>A CAGR of 5% from 2019 to 2024.</p>"));
    }

    @Test
    void tieGoesToThePeriodStatedFirst() {
        List<Finding> findings = RuleFixtures.lint(rule, "tie.txt",
                "Market outlook 2025-2032.\n\nThe market will grow at a CAGR of 6% from 2026 to 2032.\n");
        assertEquals(1, findings.size());
        assertEquals("Forecast period 2026-2032 conflicts with 2025-2032 used elsewhere (1 time)",
                findings.get(0).message());
        assertEquals(3, findings.get(0).span().start().line());
        assertEquals(1, findings.get(0).related().get(0).span().start().line());
    }

    @Test
    void historicalGrowthRateBeforeTheForecastIsNoConflict() {
        assertEquals(List.of(), RuleFixtures.lint(rule, "h.txt",
                "CAGR (2017-2023): 4.1%\nCAGR (2024-2030): 6.2%\nForecast period 2024-2030\n"));
    }

    @Test
    void messagesNameTheOffendingText() {
        List<Finding> findings = RuleFixtures.lint(rule, "r.html", "<p>Data from 2030 to 2024.</p>"
                + "<p>Forecast 2024-2300.</p>");
        assertEquals("Year range \"2030 to 2024\" is reversed: it ends before it starts", findings.get(0).message());
        assertEquals("Year 2300 in \"2024-2300\" is outside 1900-2100", findings.get(1).message());
    }

    @Test
    void rangeWrittenAcrossLineBreaksIsRead() {
        List<Finding> findings = RuleFixtures.lint(rule, "b.html", "<p>From 2030<br>to<br>2024.</p>");
        assertEquals(1, findings.size());
    }
    @Test
    void titleAndHeadingPeriodsWithoutAForecastWord() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/title-period.html");
    }

    @Test
    void titlePeriodAgainstTheForecastStatedMostOften() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/title-majority.html");
    }

    @Test
    void titlePeriodSpanningTheForecastIsTheStudySpan() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/title-span.html");
    }

    @Test
    void firstLineOfPlainTextIsItsTitle() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/title-plain.txt");
    }

    @Test
    void cueAfterTheRangeInItsSentence() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/cue-after.html");
    }

    @Test
    void cueBeforeAnEnumerationStillCounts() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/enumeration.html");
    }

    @Test
    void notationsAndForecastVerbs() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/notations.html");
    }

    @Test
    void nearMissesAreClean() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/near-misses.html");
    }

    @Test
    void categoryListingOfSubMarketsHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing-category.html");
    }

    @Test
    void tableListingHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing-table.html");
    }

    @Test
    void cardListingWithoutHeadingsHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing-cards.html");
    }

    @Test
    void markdownListingHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing.md");
    }

    @Test
    void newsPageRelatedExcerptsKeepTheirOwnPeriods() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/news-related.html");
    }
    @Test
    void listingOfNarrowerMarketsUnderOneMarketsTitleHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing-narrower.html");
    }

    @Test
    void plainTextNewsSectionHasNoConflict() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/listing-news.txt");
    }
    @Test
    void scopeBoxesLendTheirLabels() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/scope-boxes.html");
    }

    @Test
    void plainTextLabelLineLendsItsWords() {
        RuleFixtures.assertFixture(rule, "/fixtures/date-range/scope.txt");
    }
}
