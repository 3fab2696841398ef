package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.document.DocumentParser;

class FigureScannerTest {

    private static Facts facts(String text) {
        return Facts.of(DocumentParser.parse("f.txt", text));
    }

    private static List<Figure> figures(String text) {
        return facts(text).figures();
    }

    private static Figure only(String text) {
        List<Figure> found = figures(text);
        assertEquals(1, found.size(), () -> "figures in " + text + ": " + found);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Valued at USD 4.98 billion in 2023.     | USD 4.98 billion    | USD | 4.98   | BILLION  | 2",
        "It reached $1.35 Bn last year.          | $1.35 Bn            | USD | 1.35   | BILLION  | 2",
        "Sales of US$ 275 Mn were booked.        | US$ 275 Mn          | USD | 275    | MILLION  | 0",
        "A market of \u20ac3.2 million.          | \u20ac3.2 million   | EUR | 3.2    | MILLION  | 1",
        "Worth USD 1,234.5 million now.          | USD 1,234.5 million | USD | 1234.5 | MILLION  | 1",
        "Some \u00a3250 thousand was spent.      | \u00a3250 thousand  | GBP | 250    | THOUSAND | 0",
        "Revenue of GBP 12 mn.                   | GBP 12 mn           | GBP | 12     | MILLION  | 0",
        "Sales of INR 500 crore.                 | INR 500 crore       | INR | 500    | CRORE    | 0",
        "Sales of \u20b9 4.2 lakh.               | \u20b9 4.2 lakh     | INR | 4.2    | LAKH     | 1",
        "A deal of \u00a5 3 trillion.            | \u00a5 3 trillion   | JPY | 3      | TRILLION | 0",
        "Output of RMB 8.1 Bln.                  | RMB 8.1 Bln         | CNY | 8.1    | BILLION  | 1",
        "Output of CNY 2 billion.                | CNY 2 billion       | CNY | 2      | BILLION  | 0",
        "Funding of $5M closed.                  | $5M                 | USD | 5      | MILLION  | 0",
        "Valued at 4.98 billion USD.             | 4.98 billion USD    | USD | 4.98   | BILLION  | 2",
        "Worth 12 million dollars.               | 12 million dollars  | USD | 12     | MILLION  | 0",
        "Valued at USD 2.3 Mln.                  | USD 2.3 Mln         | USD | 2.3    | MILLION  | 1",
        "A $40K budget.                          | $40K                | USD | 40     | THOUSAND | 0",
        "Sales of A$ 7 billion.                  | A$ 7 billion        | AUD | 7      | BILLION  | 0",
    })
    void readsMoneyWithCurrencyAndMagnitude(String text, String written, String currency, double value,
                                            Magnitude magnitude, int decimals) {
        Figure figure = only(text);
        assertEquals(FigureKind.MONEY, figure.kind());
        assertEquals(written, figure.text());
        assertEquals(currency, figure.currency());
        assertEquals(value, figure.value(), 1e-9);
        assertEquals(magnitude, figure.magnitude());
        assertEquals(decimals, figure.decimals());
    }

    @Test
    void printedPrecisionIsTheLastDigit() {
        Figure money = only("Sales of USD 1.4 billion.");
        assertEquals(0.1, money.lastDigit(), 1e-12);
        assertEquals(0.05e9, money.scaledUncertainty(), 1);
        assertEquals(1.4e9, money.scaledLow(), 1);
        Figure rate = only("Growth of 15%.");
        assertEquals(FigureKind.PERCENT, rate.kind());
        assertEquals(0.5, rate.scaledUncertainty(), 1e-12);
        assertEquals(0.05, only("Growth of 14.6%.").scaledUncertainty(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A rise of 14.6%.", "A rise of 14.6 %.", "A rise of 14.6 percent.",
        "A rise of 14.6 per cent.", "A rise of 14.6 Percent."})
    void readsPercentages(String text) {
        Figure figure = only(text);
        assertEquals(FigureKind.PERCENT, figure.kind());
        assertEquals(14.6, figure.value(), 1e-9);
        assertEquals(1, figure.decimals());
        assertEquals("", figure.currency());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A CAGR of 5-7% is likely.               | 5-7%              | PERCENT | 5 | 7",
        "A CAGR of 5% - 7% is likely.            | 5% - 7%           | PERCENT | 5 | 7",
        "A CAGR between 5% and 7% is likely.     | 5% and 7%         | PERCENT | 5 | 7",
        "A CAGR of 5 to 7 percent is likely.     | 5 to 7 percent    | PERCENT | 5 | 7",
        "Sales of USD 3-4 billion.               | USD 3-4 billion   | MONEY   | 3 | 4",
        "Sales of $3-$4 billion.                 | $3-$4 billion     | MONEY   | 3 | 4",
        "Between 10 and 15 vendors compete.      | 10 and 15         | COUNT   | 10 | 15",
    })
    void readsRanges(String text, String written, FigureKind kind, double low, double high) {
        Figure figure = only(text);
        assertEquals(written, figure.text());
        assertEquals(kind, figure.kind());
        assertTrue(figure.isRange());
        assertEquals(low, figure.low(), 1e-9);
        assertEquals(high, figure.high(), 1e-9);
    }

    @Test
    void rangeMoneyTakesTheMagnitudeOfItsEnd() {
        Figure figure = only("Sales of USD 3-4 billion.");
        assertEquals(Magnitude.BILLION, figure.magnitude());
        assertEquals("USD", figure.currency());
    }

    @Test
    void aChangeFromOneValueToAnotherIsTwoValues() {
        List<Figure> found = figures("It rose from USD 1.2 billion to USD 2.5 billion.");
        assertEquals(2, found.size());
        assertTrue(found.stream().noneMatch(Figure::isRange));
    }

    @Test
    void currenciesAreNeverConfused() {
        List<Figure> found = figures("Sales were USD 5 billion, \u20ac4 billion, \u00a33 billion, INR 2 billion, "
                + "C$ 1 billion and \u00a5 9 billion.");
        assertEquals(List.of("USD", "EUR", "GBP", "INR", "CAD", "JPY"), found.stream().map(Figure::currency).toList());
    }

    @Test
    void countsAndNegativeRates() {
        Figure count = only("There are 1,250 suppliers.");
        assertEquals(FigureKind.COUNT, count.kind());
        assertEquals(1250, count.value(), 1e-9);
        assertEquals(-2.3, only("A CAGR of -2.3% is expected.").value(), 1e-9);
        assertEquals(Magnitude.MILLION, only("Some 5 million units shipped.").magnitude());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Certified to ISO 9001 since launch.", "Call +1 555 123 4567 today.", "Call (555) 123-4567 today.",
        "Call 555-123-4567 today.", "The Top 10 vendors lead.", "Runs on version 2.1.3 now.", "Support is 24/7.",
        "Released v2.0 today.", "Published 12/05/2024.", "Meet at 10:30 sharp.", "A 5G rollout.", "Phase 3 trials.",
        "Type 2 diabetes rises.", "Shares rose 2 percentage points.", "Prices of 1.234,5 EUR.", "COVID-19 hit sales.",
        "See Table 4 below.", "Costs were USD XX million."})
    void leavesOutNumbersThatAreNotFigures(String text) {
        assertEquals(List.of(), figures(text), text);
    }

    @Test
    void aPlausibleFourDigitNumberIsAYearNotACount() {
        Facts facts = facts("Sales fell in 2023 and will recover by 2030; 2000 units shipped.");
        assertEquals(List.of(2023, 2030), facts.years().stream().map(Year::year).toList());
        assertEquals(List.of("in", "by"), facts.years().stream().map(Year::wordBefore).toList());
        assertEquals(1, facts.figures().size());
        assertEquals(2000, facts.figures().get(0).value(), 1e-9);
    }

    @Test
    void fiscalAndMarkedYearsAreYears() {
        Facts facts = facts("Revenue in FY24 and in 2025E beat plans; CY2023 was flat, as was mid-2022.");
        assertEquals(List.of(2024, 2025, 2023, 2022), facts.years().stream().map(Year::year).toList());
        assertEquals(List.of("FY24", "2025E", "CY2023", "2022"), facts.years().stream().map(Year::text).toList());
        assertEquals(List.of(), facts.figures());
    }

    @Test
    void yearsOfARangeAreNotSingleYears() {
        Facts facts = facts("The market will grow from 2024 to 2030.");
        assertEquals(List.of(), facts.years());
        assertEquals(1, facts.yearRanges().size());
    }

    @Test
    void figuresKnowTheirSentenceAndSource() {
        String text = "Intro here. Sales were USD 2.5 billion in 2030.";
        Figure figure = only(text);
        assertEquals("Sales were USD 2.5 billion in 2030.", figure.sentence().text());
        assertEquals("USD 2.5 billion", text.substring(figure.sourceRange().start(), figure.sourceRange().end()));
    }

    @Test
    void htmlEntitiesMapBackToTheirSource() {
        String html = "<p>Worth &euro;3.2&nbsp;million.</p>";
        Figure figure = Facts.of(DocumentParser.parse("e.html", html)).figures().get(0);
        assertEquals("EUR", figure.currency());
        assertEquals(Magnitude.MILLION, figure.magnitude());
        assertEquals("&euro;3.2&nbsp;million",
                html.substring(figure.sourceRange().start(), figure.sourceRange().end()));
    }
}
