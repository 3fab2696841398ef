package org.reportlint.rules.crossdocumentfigures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.rules.testing.CrossDocumentFixtures;

/** What is compared and what is not, each case beside a control that differs in the one thing that matters. */
class ComparisonsTest {
    private final CrossDocumentFiguresRule rule = new CrossDocumentFiguresRule();

    /** The paths with findings and how many each has, for documents given as path, text, path, text... */
    private Map<String, Integer> flagged(String... pathsAndTexts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FileResult result : lint(pathsAndTexts)) {
            if (!result.findings().isEmpty()) {
                counts.put(result.path(), result.findings().size());
            }
        }
        return counts;
    }

    private List<FileResult> lint(String... pathsAndTexts) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            documents.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return CrossDocumentFixtures.lint(rule, documents);
    }

    private static String report(String title, String... paragraphs) {
        return "# " + title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    @Test
    void roundingAndQualifiersAgreeAndAnotherMagnitudeDoesNot() {
        String base = report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024.");
        assertEquals(Map.of(), flagged("a.md", base,
                "b.md", report("Valve Market Report", "The valve market was valued at USD 4.21 billion in 2024.")));
        assertEquals(Map.of(), flagged("a.md", base,
                "b.md", report("Valve Market Report", "The valve market was valued at nearly USD 4.5 billion in 2024.")));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", base,
                "b.md", report("Valve Market Report", "The valve market was valued at USD 4.2 trillion in 2024.")));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", base,
                "b.md", report("Valve Market Report", "The valve market was valued at USD 4.6 billion in 2024.")));
    }

    @Test
    void growthRatesAgreeWithinWhatTheirPrintingAllows() {
        String base = report("Valve Market Report", "The valve market will grow at a CAGR of 5% from 2024 to 2030.");
        assertEquals(Map.of(), flagged("a.md", base, "b.md", report("Valve Market Report",
                "The valve market will grow at a CAGR of around 5.4% from 2024 to 2030.")));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", base, "b.md", report("Valve Market Report",
                "The valve market will grow at a CAGR of 5.6% from 2024 to 2030.")));
    }

    @Test
    void differentCurrenciesAreNotCompared() {
        String base = report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024.");
        assertEquals(Map.of(), flagged("a.md", base,
                "b.md", report("Valve Market Report", "The valve market was valued at EUR 3.9 billion in 2024.")));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", base,
                "b.md", report("Valve Market Report", "The valve market was valued at USD 3.9 billion in 2024.")));
    }

    @Test
    void differentYearsAndPeriodsAreNotCompared() {
        assertEquals(Map.of(), flagged(
                "a.md", report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024."),
                "b.md", report("Valve Market Report", "The valve market was valued at USD 4.6 billion in 2025.")));
        assertEquals(Map.of(), flagged(
                "a.md", report("Valve Market Report", "The valve market will grow at a CAGR of 5% from 2024 to 2030."),
                "b.md", report("Valve Market Report", "The valve market will grow at a CAGR of 8% from 2025 to 2031.")));
    }

    @Test
    void aProjectionForAYearIsNotComparedWithTheSizeReachedThatYear() {
        String edition2022 = report("Valve Market Report 2022-2028",
                "The valve market is expected to reach USD 3.8 billion in 2024.");
        assertEquals(Map.of(), flagged("a.md", edition2022,
                "b.md", report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024.")));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", edition2022,
                "b.md", report("Valve Market Report", "The valve market is projected to reach USD 4.2 billion in 2024.")));
    }

    @Test
    void historicalRatesAreComparedWithHistoricalOnes() {
        String base = report("Valve Market Report", "Between 2018 and 2023 the valve market grew at a CAGR of 3.2%.");
        assertEquals(Map.of(), flagged("a.md", base,
                "b.md", report("Valve Market Report", "The valve market will grow at a CAGR of 6% from 2018 to 2023.")));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", base,
                "b.md", report("Valve Market Report", "From 2018 to 2023 the valve market grew at a CAGR of 6%.")));
    }

    @Test
    void aRateWithoutPeriodIsForTheReportsOnlyForecastPeriod() {
        String printed = report("Valve Market Report", "The valve market will grow at a CAGR of 5% from 2024 to 2030.");
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", printed, "b.md", report(
                "Valve Market Report", "The forecast period is 2024-2030.",
                "The valve market is expected to register a CAGR of 9% over the forecast period.")));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md", printed, "b.md", report(
                "Valve Market Report", "The forecast period is 2024-2030.", "The valve market is expected to grow "
                        + "from USD 4.0 billion in 2023 to USD 7.0 billion by 2030, at a CAGR of 9%.")));
        // Two forecast periods in one report: which one the rate is for is a guess.
        assertEquals(Map.of(), flagged("a.md", printed, "b.md", report("Valve Market Report",
                "The forecast period is 2024-2030, with an outlook for 2031-2035.",
                "The valve market is expected to register a CAGR of 9% over the forecast period.")));
        // No forecast period at all.
        assertEquals(Map.of(), flagged("a.md", printed, "b.md", report("Valve Market Report",
                "The valve market is expected to register a CAGR of 9% in the coming years.")));
    }

    @Test
    void segmentsRegionsAndOtherMarketsAreNotTheMarket() {
        String base = report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024.",
                "The valve market was worth USD 4.2 billion in 2024.");
        assertEquals(Map.of(), flagged("a.md", base, "b.md", report("Valve Market Report",
                "The valve market was valued at USD 4.2 billion in 2024.",
                "In Europe, the market was valued at USD 1.1 billion in 2024.",
                "The smart valve market was valued at USD 0.8 billion in 2024.",
                "The broader industrial equipment market was valued at USD 60 billion in 2024.")));
        assertEquals(Map.of(), flagged("a.md", base,
                "b.md", report("Smart Valve Market Report", "The smart valve market was valued at USD 0.8 billion in 2024."),
                "c.md", report("Europe Valve Market Report", "The Europe valve market was valued at USD 1.1 billion in 2024.")));
    }

    @Test
    void aliasesAreNeededToMatchDifferentNames() {
        String ev = report("EV Charger Market Report", "The EV charger market was valued at USD 4.2 billion in 2024.");
        String electric = report("Electric Vehicle Charger Market Report",
                "The electric vehicle charger market was valued at USD 6.1 billion in 2024.");
        assertEquals(Map.of(), flagged("a.md", ev, "b.md", electric));
        assertEquals(Map.of("a.md", 1, "b.md", 1), flagged("a.md",
                "<!-- options: {\"aliases\": [[\"electric vehicle\", \"EV\"]]} -->\n" + ev, "b.md", electric));
    }

    @Test
    void oneDocumentIsNoRunOfReports() {
        assertEquals(Map.of(), flagged("a.md", report("Valve Market Report",
                "The valve market was valued at USD 4.2 billion in 2024.",
                "The valve market was valued at USD 9.9 billion in 2024.")));
    }

    @Test
    void threeValuesWithoutAMajorityAreEachReportedWithBothOthers() {
        List<FileResult> results = lint(
                "a.md", report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024."),
                "b.md", report("Valve Market Report", "The valve market was valued at USD 5.2 billion in 2024."),
                "c.md", report("Valve Market Report", "The valve market was valued at USD 6.2 billion in 2024."));
        for (FileResult result : results) {
            assertEquals(1, result.findings().size(), result.path());
            assertEquals(2, result.findings().get(0).related().size(), result.path());
        }
        assertEquals("Market size USD 4.2 billion for 2024 differs from USD 5.2 billion stated for the valve market "
                + "in 2 other reports, and no value has a majority", results.get(0).findings().get(0).message());
    }

    @Test
    void theMajorityIsListedAsRelatedPlacesInTheirFiles() {
        String agreeing = report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024.");
        List<FileResult> results = lint("a.md", agreeing, "b.md", agreeing, "c.md", agreeing,
                "d.md", report("Valve Market Report", "Ignore this line.",
                        "The valve market was valued at USD 4.2 trillion in 2024."));
        assertEquals(List.of(0, 0, 0, 1), results.stream().map(r -> r.findings().size()).toList());
        Finding finding = results.get(3).findings().get(0);
        assertEquals(5, finding.span().startLine());
        assertEquals("Market size USD 4.2 trillion for 2024 differs from USD 4.2 billion stated for the valve market "
                + "in 3 other reports", finding.message());
        List<RelatedLocation> related = finding.related();
        assertEquals(List.of(Optional.of("a.md"), Optional.of("b.md"), Optional.of("c.md")),
                related.stream().map(RelatedLocation::path).toList());
        assertEquals("USD 4.2 billion for 2024 stated here", related.get(0).message());
        assertEquals(3, related.get(0).span().startLine());
    }

    @Test
    void relatedPlacesAreCappedButCounted() {
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = 0; i < 15; i++) {
            documents.put("r" + (char) ('a' + i) + ".md",
                    report("Valve Market Report", "The valve market was valued at USD 4.2 billion in 2024."));
        }
        documents.put("z.md", report("Valve Market Report", "The valve market was valued at USD 42 billion in 2024."));
        List<FileResult> results = CrossDocumentFixtures.lint(rule, documents);
        Finding finding = results.get(15).findings().get(0);
        assertEquals(Disagreements.MAX_RELATED, finding.related().size());
        assertEquals("Market size USD 42 billion for 2024 differs from USD 4.2 billion stated for the valve market "
                + "in 15 other reports", finding.message());
    }

    @Test
    void theRulesOwnExampleFailsAndPasses() {
        assertEquals(Map.of("widgets-outlook.md", 1, "widgets-report.md", 1),
                new java.util.TreeMap<>(flagged(split(rule.metadata().examples().get(0).failing()))));
        assertEquals(Map.of(), flagged(split(rule.metadata().examples().get(0).passing())));
    }

    /** The documents of an example: paragraphs that open with "name:" on a line of their own. */
    private static String[] split(String example) {
        List<String> parts = new java.util.ArrayList<>();
        for (String document : example.split("\n\n")) {
            int colon = document.indexOf(":\n");
            parts.add(document.substring(0, colon));
            parts.add(document.substring(colon + 2) + "\n");
        }
        return parts.toArray(String[]::new);
    }
}
