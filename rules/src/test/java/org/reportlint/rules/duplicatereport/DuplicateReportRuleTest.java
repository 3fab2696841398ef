package org.reportlint.rules.duplicatereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.CrossDocumentFixtures;

class DuplicateReportRuleTest {
    private final DuplicateReportRule rule = new DuplicateReportRule();

    @Test
    void theSameTextUnderAnotherTitleAndFormatIsTheSameReport() {
        List<FileResult> results = CrossDocumentFixtures.assertFixtureFolder(rule,
                "/fixtures/duplicate-report/retitled");
        Finding finding = results.get(1).findings().get(0);
        assertEquals(Optional.of("a-valves-2025.html"), finding.related().get(0).path());
        assertEquals("the same text here", finding.related().get(0).message());
    }

    @Test
    void aCopyWithAFewWordsChangedIsNearlyTheSameReport() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/duplicate-report/edited");
    }

    @Test
    void reportsOfOneTemplateForDifferentMarketsAreNotDuplicates() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/duplicate-report/template-family");
    }

    @Test
    void stubsAreNotCompared() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/duplicate-report/stubs");
    }

    @Test
    void aGeneratedFamilyForManyMarketsAndYearsHasNoDuplicateButTheCopyInIt() {
        Map<String, String> documents = new LinkedHashMap<>();
        long seed = 1;
        for (String market : TemplateFamily.MARKETS) {
            for (int year = 2022; year <= 2024; year++) {
                documents.put(slug(market) + "-" + year + ".html", TemplateFamily.report(market, year, seed++));
            }
        }
        // A report published again under another name, and one re-run of the generator with new figures only.
        String copied = documents.get("boiler-2023.html");
        documents.put("zz-copy-of-boiler.html", copied.replace("Boiler Market Report 2023", "Boilers in 2023"));
        List<FileResult> results = CrossDocumentFixtures.lint(rule, documents);
        List<String> flagged = results.stream().filter(result -> !result.findings().isEmpty())
                .map(FileResult::path).toList();
        assertEquals(List.of("zz-copy-of-boiler.html"), flagged);
        assertEquals("The text of this report is the same as that of boiler-2023.html",
                results.get(results.size() - 1).findings().get(0).message());
    }

    @Test
    void theSameMarketAndYearWithOtherFiguresIsNotADuplicateAtTheDefaultThreshold() {
        // Figures and companies differ, the market and year do not: a re-generated report, not a copy.
        Map<String, String> documents = new LinkedHashMap<>();
        for (int seed = 0; seed < 20; seed++) {
            documents.put("valve-" + seed + ".html", TemplateFamily.report("Industrial Valve", 2024, 100 + seed));
        }
        List<FileResult> results = CrossDocumentFixtures.lint(rule, documents);
        for (FileResult result : results) {
            assertTrue(result.findings().isEmpty(), result.path() + ": " + result.findings());
        }
    }

    private static String slug(String market) {
        return market.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
