package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.document.TextBlock;

class SubjectsTest {

    private static Facts facts(String name, String text) {
        return Facts.of(DocumentParser.parse(name, text));
    }

    private static Subject subjectOf(Facts facts, String words) {
        for (TextBlock block : facts.document().blocks()) {
            int at = block.text().indexOf(words);
            if (at >= 0) {
                return facts.subjectAt(block, at);
            }
        }
        throw new AssertionError("no text " + words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Global Widget Market Size, Share & Forecast 2024-2030                                  | widget market",
        "Widget Market Size, Share & Trends Analysis Report By Type, By Region, 2024 - 2030     | widget market",
        "Smart Lock Market - Global Industry Analysis, Size, Share, Growth, Trends 2023-2030   | smart lock market",
        "Global Garden Hose Market Report 2024                                                 | garden hose market",
        "Food and Beverage Packaging Market to Reach USD 5.2 Billion by 2030                    | food beverage packaging market",
        "Europe Widget Market Outlook 2025-2032 - Acme Research                                 | europe widget market",
        "Widgets Market Share & Size 2024                                                      | widgets market",
    })
    void takesTheDocumentMarketFromTheTitle(String title, String market) {
        Facts facts = facts("t.html", "<title>" + title + "</title><p>Text.</p>");
        assertEquals(Optional.of(market), facts.subjects().documentMarket());
    }

    @Test
    void fallsBackToTheFirstHeadingThenTheFirstLine() {
        assertEquals(Optional.of("widget market"),
                facts("h.html", "<title>Acme Research</title><h1>Widget Market Outlook</h1>").subjects()
                        .documentMarket());
        assertEquals(Optional.of("widget market"),
                facts("p.txt", "Widget Market Report: Forecast 2025-2032\n\nText.").subjects().documentMarket());
        assertEquals(Optional.empty(), facts("n.html", "<title>Market Research Reports</title>").subjects()
                .documentMarket());
    }

    @Test
    void namesWhatASentenceIsAbout() {
        Facts facts = facts("s.html", "<title>Widget Market Forecast 2024-2030</title>"
                + "<p>The market is expected to grow at a CAGR of 5%.</p>"
                + "<p>North America is expected to grow at a CAGR of 6%.</p>"
                + "<p>The hand widgets segment is expected to grow at a CAGR of 7%.</p>"
                + "<p>Acme Inc. expects a CAGR of 8%.</p>"
                + "<p>The gadget market is expected to grow at a CAGR of 9%.</p>"
                + "<p>The smart widget market is expected to grow at a CAGR of 4%.</p>");
        assertEquals(Subject.Kind.DOCUMENT_MARKET, subjectOf(facts, "CAGR of 5%").kind());
        assertEquals(new Subject(Subject.Kind.REGION, "north america"), subjectOf(facts, "CAGR of 6%"));
        assertEquals(Subject.Kind.SEGMENT, subjectOf(facts, "CAGR of 7%").kind());
        assertEquals(Subject.Kind.COMPANY, subjectOf(facts, "CAGR of 8%").kind());
        assertEquals(new Subject(Subject.Kind.OTHER_MARKET, "gadget market"), subjectOf(facts, "CAGR of 9%"));
        assertEquals(Subject.Kind.DOCUMENT_MARKET, subjectOf(facts, "CAGR of 4%").kind());
    }

    @Test
    void aMarketNamedWithAnotherWordFormIsTheSameMarket() {
        Facts facts = facts("w.html", "<title>Surgery Robotic Market 2025-2032</title>"
                + "<p>The surgical robotics market will grow at a CAGR of 5%.</p>");
        assertTrue(subjectOf(facts, "CAGR").isDocumentMarket());
    }

    @Test
    void segmentTablesLabelTheirCells() {
        Facts facts = facts("t.html", "<title>Widget Market</title><table>"
                + "<tr><th>Segment</th><th>CAGR</th></tr><tr><td>Hand widgets</td><td>8.4%</td></tr>"
                + "<tr><td>Forecast period</td><td>2024-2030</td></tr></table>");
        assertEquals(new Subject(Subject.Kind.SEGMENT, "hand widgets"), subjectOf(facts, "8.4%"));
        assertTrue(subjectOf(facts, "2024-2030").isDocumentMarket());
    }

    @Test
    void relatedReportsAreSeparate() {
        Facts facts = facts("r.html", "<title>Widget Market Forecast 2024-2030</title>"
                + "<h1>Widget Market</h1><p>The market will grow at a CAGR of 5% from 2024 to 2030.</p>"
                + "<h2>Related Reports</h2><ul><li>Report on sensors: a CAGR of 4% from 2021 to 2026.</li></ul>"
                + "<h2>Contact</h2><p>Write to us about 2024-2030 data.</p>");
        assertEquals(SeparatePart.Reason.RELATED_REPORTS, facts.subjects().separateParts().get(0).reason());
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 4%").kind());
        assertTrue(subjectOf(facts, "CAGR of 5%").isDocumentMarket());
        assertTrue(subjectOf(facts, "Write to us").isDocumentMarket());
        assertFalse(facts.subjects().isListingPage());
    }

    @Test
    void aRelatedReportsLabelWithoutHeadingMarkupCounts() {
        Facts facts = facts("l.html", "<title>Widget Market</title><p>Own text.</p>"
                + "<div><div>You may also like</div><ul><li>Sensor report, CAGR of 4% in 2021-2026</li></ul></div>");
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 4%").kind());
    }

    @Test
    void theItemsOfAListingPageAreSeparate() {
        Facts facts = facts("l.html", "<title>Press Releases</title>"
                + "<article><h2>Widget Market to Reach USD 5 Billion</h2><p>A CAGR of 5% from 2024 to 2030.</p>"
                + "</article>"
                + "<article><h2>Gadget Market Grows Fast</h2><p>A CAGR of 7% from 2023 to 2029.</p></article>"
                + "<article><h2>Sensor Market Report</h2><p>A CAGR of 6% from 2025 to 2032.</p></article>");
        assertEquals(Optional.empty(), facts.subjects().documentMarket());
        assertTrue(facts.subjects().isListingPage());
        assertEquals(3, facts.subjects().separateParts().size());
        assertEquals(new Subject(Subject.Kind.OTHER_MARKET, "gadget market"), subjectOf(facts, "CAGR of 7%"));
    }

    @Test
    void listItemsThatEachNameAMarketAreListingItems() {
        Facts facts = facts("l.html", "<title>Widget Market Forecast</title><p>Our own text.</p><ul>"
                + "<li>Gadget Market: CAGR of 7% from 2023 to 2029</li>"
                + "<li>Sensor Market: CAGR of 6% from 2025 to 2032</li></ul>");
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 7%").kind());
        assertTrue(subjectOf(facts, "Our own").isDocumentMarket());
    }

    @Test
    void sectionsAboutRegionsAndSegmentsOfTheMarketStayOwn() {
        Facts facts = facts("o.html", "<title>Widget Market Forecast</title>"
                + "<h2>Europe Widget Market</h2><p>A CAGR of 5% from 2024 to 2030.</p>"
                + "<h2>Smart Widget Market</h2><p>A CAGR of 6% from 2024 to 2030.</p>"
                + "<h2>Market Dynamics</h2><p>A CAGR of 7% from 2024 to 2030.</p>");
        assertEquals(java.util.List.of(), facts.subjects().separateParts());
    }

    @Test
    void markdownHeadingsMarkSectionsToo() {
        Facts facts = facts("m.md", "# Widget Market Forecast 2024-2030\n\nA CAGR of 5% from 2024 to 2030.\n\n"
                + "## Related reports\n\n- Gadget report: a CAGR of 7% from 2023 to 2029\n");
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 7%").kind());
        assertTrue(subjectOf(facts, "CAGR of 5%").isDocumentMarket());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Widget Market Research Report 2024-2030 | Acme            ; widget market",
        "Widget Market Size 2024-2030 | Allied Market Research    ; widget market",
        "Press Releases | Allied Market Research                   ; ",
        "Sensor Market Research Reports | Acme Insights            ; ",
        "Sensor Market News                                       ; ",
    })
    void theTitleOwnWordsNameTheMarketNotThePublishers(String title, String market) {
        Facts facts = facts("t.html", "<title>" + title + "</title><p>Text.</p>");
        assertEquals(Optional.ofNullable(market), facts.subjects().documentMarket());
    }

    @Test
    void aListingTitleOnTheFirstLineOfPlainTextNamesNoMarket() {
        Facts facts = facts("l.txt", "Chemical Market Reports\n\nResin Market Outlook\nA CAGR of 5% from 2024 to 2030."
                + "\n\nSolvent Market Report\nA CAGR of 3% from 2022 to 2027.\n");
        assertEquals(Optional.empty(), facts.subjects().documentMarket());
        assertTrue(facts.subjects().isListingPage());
    }

    @Test
    void narrowerMarketsListedUnderOneMarketsTitleAreListingItems() {
        Facts facts = facts("n.html", "<title>Sensor Market | Acme</title><ul>"
                + "<li>Pressure Sensor Market to Reach USD 5 Billion<p>A CAGR of 6% from 2024 to 2030.</p></li>"
                + "<li>Image Sensor Market Gains<p>A CAGR of 8% from 2025 to 2032.</p></li></ul>");
        assertEquals(Optional.of("sensor market"), facts.subjects().documentMarket());
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 6%").kind());
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 8%").kind());
    }

    @Test
    void shortFormsOfTheMarketInFaqItemsStayOwn() {
        Facts facts = facts("f.html", "<title>Battery Recycling and Reuse Market Forecast 2024-2030</title><ol>"
                + "<li><h3>How fast will the battery recycling market grow?</h3><p>A CAGR of 6% from 2024 to 2030.</p></li>"
                + "<li><h3>How big is the reuse market?</h3><p>It is small.</p></li></ol>");
        assertTrue(subjectOf(facts, "CAGR of 6%").isWithinDocumentMarket());
    }

    @Test
    void headingsOfNarrowerMarketsWithTheirOwnPeriodsAreListingItems() {
        Facts facts = facts("h.html", "<title>Sensor Market Research Reports</title><h1>Sensor Market</h1>"
                + "<h3>Pressure Sensor Market Report 2024-2030</h3><p>A CAGR of 6% from 2024 to 2030.</p>"
                + "<h3>Flow Sensor Market Report 2023-2029</h3><p>A CAGR of 5% from 2023 to 2029.</p>");
        assertTrue(facts.subjects().isListingPage());
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 5%").kind());
    }

    @Test
    void tableRowsThatEachNameAMarketAreListingItems() {
        Facts facts = facts("t.html", "<title>Consumer Goods</title><table>"
                + "<tr><td>Smart Glass Market Forecast 2024-2030</td><td>A CAGR of 9% is expected.</td></tr>"
                + "<tr><td>Wood Pellet Market Outlook 2023-2028</td><td>A CAGR of 4% is expected.</td></tr></table>");
        assertTrue(facts.subjects().isListingPage());
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "CAGR of 4%").kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p><strong>Related Reports:</strong> Gadget sales will grow 4% a year.</p>",
        "<p><b>Browse more reports</b></p><p>Gadget sales will grow 4% a year.</p>",
        "<h3>Check out our other reports</h3><p>Gadget sales will grow 4% a year.</p>",
        "<div>Top Trending Reports</div><p>Gadget sales will grow 4% a year.</p>",
        "<p><strong>Read More Related Reports</strong> Gadget sales will grow 4% a year.</p>",
    })
    void relatedReportsLabelsInTheirManyForms(String related) {
        Facts facts = facts("r.html", "<title>Widget Market</title><p>Widget sales will grow 5% a year.</p>" + related);
        assertEquals(SeparatePart.Reason.RELATED_REPORTS, facts.subjects().separateParts().get(0).reason());
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "4% a year").kind());
        assertTrue(subjectOf(facts, "5% a year").isDocumentMarket());
    }

    @Test
    void plainTextRelatedLabelOnItsOwnLine() {
        Facts facts = facts("r.txt", "Widget Market Report\n\nWidget sales will grow 5% a year.\n\n"
                + "You may also like\nGadget sales will grow 4% a year.\n");
        assertEquals(Subject.Kind.OTHER_MARKET, subjectOf(facts, "4% a year").kind());
    }

    @Test
    void proseThatOpensWithRelatedWordsIsNoLabel() {
        Facts facts = facts("p.html", "<title>Widget Market</title><p>Other reports show that widget sales will grow "
                + "5% a year across every region, which our own research confirms.</p>");
        assertEquals(java.util.List.of(), facts.subjects().separateParts());
    }
}
