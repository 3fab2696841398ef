package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentParser;

class YearRangeExtractorTest {

    private static List<YearRange> ranges(String name, String text) {
        return Facts.of(DocumentParser.parse(name, text)).yearRanges();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Forecast 2024-2030.                         | 2024-2030          | 2024 | 2030",
        "Forecast 2024\u20132030.                    | 2024\u20132030     | 2024 | 2030",
        "Forecast 2024 \u2014 2030.                  | 2024 \u2014 2030   | 2024 | 2030",
        "Forecast 2024 - 2030.                       | 2024 - 2030        | 2024 | 2030",
        "Forecast 2024 to 2030.                      | 2024 to 2030       | 2024 | 2030",
        "Forecast from 2024 to 2030.                 | 2024 to 2030       | 2024 | 2030",
        "Forecast between 2024 and 2030.             | 2024 and 2030      | 2024 | 2030",
        "Forecast 2024-30.                           | 2024-30            | 2024 | 2030",
        "Forecast FY2024-FY2030.                     | FY2024-FY2030      | 2024 | 2030",
        "Forecast (2024-2030).                       | 2024-2030          | 2024 | 2030",
        "Forecast 2024 through 2030.                 | 2024 through 2030  | 2024 | 2030",
        "Forecast 1999-2001.                         | 1999-2001          | 1999 | 2001",
        "Forecast 2024\u201330.                      | 2024\u201330       | 2024 | 2030",
        "Forecast FY24-FY30.                         | FY24-FY30          | 2024 | 2030",
        "Forecast FY 2024 to FY 2030.                | FY 2024 to FY 2030 | 2024 | 2030",
        "Forecast 2021E-2026F.                       | 2021E-2026F        | 2021 | 2026",
        "Forecast CY2021-CY2026.                     | CY2021-CY2026      | 2021 | 2026",
        "Forecast 2024-2030F.                        | 2024-2030F         | 2024 | 2030",
        "Forecast over the next six years (2023-2029). | 2023-2029        | 2023 | 2029",
        "Forecast 2024\u00a0\u2013\u00a02030.       | 2024\u00a0\u2013\u00a02030 | 2024 | 2030",
        "Forecast 2024~2030.                         | 2024~2030          | 2024 | 2030",
        "Forecast FY'24-FY'30.                       | FY'24-FY'30        | 2024 | 2030",
        "Forecast 2022E-2027F.                       | 2022E-2027F        | 2022 | 2027",
        "Forecast 2025-32.                           | 2025-32            | 2025 | 2032",
    })
    void recognisesTheWaysReportsWriteARange(String text, String written, int start, int end) {
        List<YearRange> found = ranges("r.txt", text);
        assertEquals(1, found.size(), () -> "ranges in " + text + ": " + found);
        YearRange range = found.get(0);
        assertEquals(written, range.text());
        assertEquals(start, range.startYear());
        assertEquals(end, range.endYear());
        assertEquals(StatementKind.FORECAST, range.kind());
        assertEquals(written, text.substring(range.sourceRange().start(), range.sourceRange().end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Published 2024-05-12.", "Updated 2025-03.", "Call 555-2030-2024.", "ISO 9001-2015 certified.",
        "Packs of 1000-2000 units.", "Kits cost $1500-2000.", "Share rose 2020-2030% overall.",
        "In 2023 and 2030 alike.", "Model 1800-2000 ships soon.", "Sizes 12,2024-2030 mm."})
    void leavesOutNumbersThatAreNotYearRanges(String text) {
        assertEquals(List.of(), ranges("n.txt", text));
    }

    @Test
    void mapsRangesThroughEntitiesToTheirSource() {
        String html = "<p>Size &amp; Forecast 2024&ndash;2030</p>";
        YearRange range = ranges("e.html", html).get(0);
        assertEquals("2024\u20132030", range.text());
        assertEquals("2024&ndash;2030", html.substring(range.sourceRange().start(), range.sourceRange().end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The market is growing at a CAGR of 14.6% from 2024 to 2030.        | FORECAST",
        "It reports x% CAGR from 2021 to 2026.                              | FORECAST",
        "Revenue is expected to grow between 2023 and 2030.                 | FORECAST",
        "Trends and projections spanning from 2025 to 2032.                 | FORECAST",
        "It expands at 5.3% during the forecast period, 2022-2031.          | FORECAST",
        "Demand over the 2024-2030 forecast period stays firm.              | FORECAST",
        "The estimates use historical data from 2018 to 2023.               | HISTORICAL",
        "Sales 2013-2023 (historical) are restated.                         | HISTORICAL",
        "The market grew at a CAGR of 3.1% from 2019 to 2025.               | HISTORICAL",
        "It registered a compound annual growth rate of 2% in 2016-2021.    | HISTORICAL",
        "Study period: 2017-2030.                                           | STUDY_PERIOD",
        "Sales, revenue and growth rate by region, from 2013 to 2025.       | UNSPECIFIED",
        "Market size 2019-2030 (USD million) by type.                       | UNSPECIFIED",
        "We updated our forecast. 2020-2026 shipments are restated.         | UNSPECIFIED",
        "Projections for the U.S. market cover 2024-2030.                   | FORECAST",
        "Revenue estimates and forecasts (2019-2030) by region.             | STUDY_PERIOD",
        "The market grew in 2023 and its CAGR from 2024 to 2030 is 6%.      | FORECAST",
        "Sales recorded an average CAGR of 2% in 2016-2021.                 | HISTORICAL",
        "The market grew in 2023; its CAGR from 2024 to 2030 is 6%.         | FORECAST",
        "Over 2023-2029, revenue should rise at a CAGR of 4%.              | FORECAST",
        "Between 2025 and 2032 the market will expand at 6% a year.        | FORECAST",
        "From 2024 to 2030, demand is likely to double.                    | FORECAST",
        "The 2024-2030 CAGR is 5.6%.                                       | FORECAST",
        "In 2018-2023 the market grew 4% a year.                           | HISTORICAL",
        "From 2017 to 2023, the market expanded at a CAGR of 3%.           | HISTORICAL",
        "Between 2018 and 2023 the CAGR stood at 2.9%.                     | HISTORICAL",
        "The CAGR from 2017 to 2023 was 3.1%.                              | HISTORICAL",
        "The 2018-2023 CAGR was 2.1%.                                      | HISTORICAL",
        "In 2019-2023 prices were flat; the market will still expand.      | UNSPECIFIED",
        "From 2021 to 2026 the data come from customs, but forecasts vary. | UNSPECIFIED",
        "Using 2020-2025 data, we forecast each segment.                   | UNSPECIFIED",
        "Based on data from 2020 to 2025, we forecast each segment.        | UNSPECIFIED",
        "The study projects sales for each region, channel and product type from 2022 to 2027. | FORECAST",
        "This study forecasts revenue at global, regional, and country levels from 2024 to 2030. | FORECAST",
        "It forecasts, for every region, revenue and volume over 2024-2030. | FORECAST",
        "The forecast was revised, and shipments from 2019 to 2025 were restated. | UNSPECIFIED",
        "After the outlook section, the appendix lists contracts from 2020 to 2025. | UNSPECIFIED",
        "Projections are in real terms; prices from 2021 to 2026 are nominal. | UNSPECIFIED",
        "The firm projects software revenue for FY24-FY30.                 | FORECAST",
        "We project revenue by type over 2024-2030.                        | FORECAST",
        "Infrastructure projects from 2019 to 2026 drove demand.           | UNSPECIFIED",
        "Prices will fall over the next seven years (2025-2032).           | FORECAST",
        "Demand should remain strong in the coming years (2025-32).        | FORECAST",
        "The market is set to expand between 2025 and 2032.                | FORECAST",
        "Readers should compare list prices from 2020 to 2026.             | UNSPECIFIED",
        "The appendix will list every installation from 2021 to 2026.      | UNSPECIFIED",
        "The index is set to 100 for the average of 2020-2026.             | UNSPECIFIED",
        "Over the next two sections, we review 2020-2026 deliveries.       | UNSPECIFIED",
        "Sales grew faster than expected from 2019 to 2025.                | HISTORICAL",
        "Over the last five years (2019-2024), the market expanded.        | HISTORICAL",
        "Revenue 2024E-2030F by region.                                    | FORECAST",
        "The market is going to expand during 2024-2030.                   | FORECAST",
    })
    void classifiesByTheWordsOfTheClause(String text, StatementKind kind) {
        List<YearRange> found = ranges("c.txt", text);
        assertEquals(1, found.size(), () -> "ranges in " + text + ": " + found);
        assertEquals(kind, found.get(0).kind(), text);
    }

    @Test
    void headingsAndTableRowsLendTheirWords() {
        Document document = DocumentParser.parse("t.html", "<h1>Robot Market Size 2025 - 2032 and Forecast Report</h1>"
                + "<table><tr><td>Forecast Data Period</td><td>2024 - 2030</td></tr>"
                + "<tr><td>Study Period</td><td>2017 - 2030</td></tr></table>");
        List<YearRange> found = Facts.of(document).yearRanges();
        assertEquals(List.of(StatementKind.FORECAST, StatementKind.FORECAST, StatementKind.STUDY_PERIOD),
                found.stream().map(YearRange::kind).toList());
    }

    @Test
    void implausibleYearsAreKeptOnlyInPeriodStatements() {
        assertEquals(List.of(), ranges("p.txt", "Parts 1850-1990 in stock."));
        YearRange range = ranges("p.txt", "Historical data: 1850-1990.").get(0);
        assertEquals(1850, range.implausibleYear().getAsInt());
        assertTrue(ranges("p.txt", "Results FY1850-FY1990.").get(0).implausibleYear().isPresent());
    }

    @Test
    void markdownHeadingsAndTablesLendTheirWordsLikeHtml() {
        Document document = DocumentParser.parse("t.md", "# Robot Market Size 2025 - 2032 and Forecast Report\n\n"
                + "| Attribute | Value |\n|---|---|\n| Forecast Data Period | 2024 - 2030 |\n"
                + "| Study Period | 2017 - 2030 |\n");
        assertEquals(List.of(StatementKind.FORECAST, StatementKind.FORECAST, StatementKind.STUDY_PERIOD),
                Facts.of(document).yearRanges().stream().map(YearRange::kind).toList());
    }

    @Test
    void twoFiscalYearsWithPrefixesAreAPeriod() {
        YearRange range = ranges("f.txt", "Forecast FY24-FY25.").get(0);
        assertEquals(false, range.fiscalYear());
        assertTrue(range.isComparablePeriod());
    }

    @Test
    void shortFiscalYearIsNotAComparablePeriod() {
        YearRange range = ranges("f.txt", "Forecast 2024-25.").get(0);
        assertTrue(range.fiscalYear());
        assertEquals(false, range.isComparablePeriod());
    }
    @Test
    void titlesHeadingsAndOpeningLinesGiveTitlePeriods() {
        Document html = DocumentParser.parse("t.html", "<title>Sensor Market Analysis 2025-2031</title>"
                + "<h2>Widget Market Report, 2024\u20132030</h2><h2>Revenue by Region, 2019-2024</h2>"
                + "<p>Widget Market 2024-2030 is our title.</p>");
        assertEquals(List.of(StatementKind.TITLE_PERIOD, StatementKind.TITLE_PERIOD, StatementKind.UNSPECIFIED,
                        StatementKind.UNSPECIFIED),
                Facts.of(html).yearRanges().stream().map(YearRange::kind).toList());
        List<YearRange> text = ranges("t.txt", "Widget Market Report, 2024-2030\n\nSales 2019-2023 by region.\n");
        assertEquals(List.of(StatementKind.TITLE_PERIOD, StatementKind.UNSPECIFIED),
                text.stream().map(YearRange::kind).toList());
        assertEquals(StatementKind.UNSPECIFIED, ranges("s.txt", "The widget market 2024-2030 figures.\n").get(0).kind());
    }

    @Test
    void labelsBeforeAValueLendTheirWords() {
        Document document = DocumentParser.parse("l.html", "<dl><dt>Forecast period</dt><dd>2024 - 2030</dd>"
                + "<dt>Historical data</dt><dd>2018 - 2023</dd></dl>"
                + "<table><tr><th>Forecast</th><th>Study period</th></tr><tr><td>2024-2030</td><td>2018-2030</td></tr>"
                + "</table><div>Market size 2023</div><div>2020-2026</div>");
        assertEquals(List.of(StatementKind.FORECAST, StatementKind.HISTORICAL, StatementKind.FORECAST,
                        StatementKind.STUDY_PERIOD, StatementKind.UNSPECIFIED),
                Facts.of(document).yearRanges().stream().map(YearRange::kind).toList());
        assertEquals(StatementKind.FORECAST, ranges("l.txt", "Forecast period:\n2024-2030\n").get(0).kind());
    }
}
