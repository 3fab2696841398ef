package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.document.DocumentParser;

class CagrScannerTest {

    private static List<CagrStatement> statements(String text) {
        return Facts.of(DocumentParser.parse("c.txt", text)).cagrStatements();
    }

    private static CagrStatement only(String text) {
        List<CagrStatement> found = statements(text);
        assertEquals(1, found.size(), () -> "statements in " + text + ": " + found);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It grows at a CAGR of 14.6% over the period.                       | 14.6 | NONE",
        "It posts a 14.6% CAGR over the period.                             | 14.6 | NONE",
        "A compound annual growth rate (CAGR) of 5.2% is expected.          | 5.2  | NONE",
        "It will grow at a CAGR of around 7% until then.                    | 7    | ABOUT",
        "It will grow at a CAGR of approximately 7% until then.             | 7    | ABOUT",
        "It will grow at a CAGR of over 10% until then.                     | 10   | OVER",
        "It will grow at a CAGR of more than 10% until then.                | 10   | OVER",
        "It will grow at a CAGR of nearly 9% until then.                    | 9    | NEARLY",
        "It will grow at a CAGR of less than 3% until then.                 | 3    | UNDER",
        "It will grow at a CAGR of up to 3% until then.                     | 3    | UP_TO",
        "It will grow at a CAGR of at least 4% until then.                  | 4    | AT_LEAST",
        "It will grow at a CAGR of 5-7% until then.                         | 6    | RANGE",
        "CAGR (2024-2030): 6.2%                                             | 6.2  | NONE",
        "The CAGR is expected to be 4.5% in the forecast period.            | 4.5  | NONE",
        "Sales rise at a robust 8.8% compound annual growth rate.           | 8.8  | NONE",
    })
    void readsTheRateAndItsQualifier(String text, double rate, RateQualifier qualifier) {
        CagrStatement statement = only(text);
        assertEquals(rate, statement.rate().value(), 1e-9);
        assertEquals(qualifier, statement.qualifier());
    }

    @Test
    void keepsThePrintedPrecisionOfTheRate() {
        assertEquals(1, only("A CAGR of 14.6% is expected.").rate().decimals());
        assertEquals(0, only("A CAGR of 15% is expected.").rate().decimals());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It will grow at a CAGR of 6.1% during 2024-2030.                       | 2024-2030",
        "It will grow at a CAGR of 6.1% from 2024 to 2030.                      | 2024 to 2030",
        "Over 2023-2029, revenue should rise at a CAGR of 4%.                   | 2023-2029",
        "CAGR (2024-2030): 6.2%                                                 | 2024-2030",
    })
    void attachesThePeriodOfTheSameSentence(String text, String period) {
        assertEquals(period, only(text).period().orElseThrow().text());
    }

    @Test
    void aPeriodInAnotherSentenceIsNotAttached() {
        CagrStatement statement = statements("Forecast 2024-2030. It will grow at a CAGR of 6.1%.").get(0);
        assertTrue(statement.period().isEmpty());
    }

    @Test
    void twoRatesInOneSentenceTakeTheirOwnPeriods() {
        List<CagrStatement> found = statements(
                "It grew at a CAGR of 3% from 2017 to 2023 and will grow at a CAGR of 6% from 2024 to 2030.");
        assertEquals(2, found.size());
        assertEquals("2017 to 2023", found.get(0).period().orElseThrow().text());
        assertEquals("2024 to 2030", found.get(1).period().orElseThrow().text());
        assertTrue(found.get(0).isHistorical());
        assertTrue(!found.get(1).isHistorical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The market grew at a CAGR of 3.1% from 2019 to 2025.",
        "Sales registered a CAGR of 2% in 2016-2021.", "The market grew at a 4% CAGR."})
    void pastTenseRatesAreHistorical(String text) {
        assertEquals(StatementKind.HISTORICAL, only(text).kind());
    }

    @Test
    void forecastRatesAreForecasts() {
        assertEquals(StatementKind.FORECAST, only("It is expected to grow at a CAGR of 5% by 2030.").kind());
        assertEquals(StatementKind.FORECAST, only("CAGR: 5%").kind());
    }

    @Test
    void collectsTheDatedValuesOfTheSentence() {
        CagrStatement statement = only("The market is expected to grow from USD 1.2 billion in 2023 to "
                + "USD 2.5 billion by 2030, at a CAGR of 11.1%.");
        assertEquals(2, statement.values().size());
        DatedValue start = statement.values().get(0);
        DatedValue end = statement.values().get(1);
        assertEquals(1.2, start.value().value(), 1e-9);
        assertEquals(2023, start.year().year());
        assertEquals(2.5, end.value().value(), 1e-9);
        assertEquals(2030, end.year().year());
    }

    @Test
    void pairsAYearBeforeAnAmountWithIt() {
        CagrStatement statement = only("In 2023, the market was valued at USD 1.2 billion, and by 2030 it will "
                + "reach USD 2.5 billion, a CAGR of 11.1%.");
        assertEquals(List.of(2023, 2030), statement.values().stream().map(v -> v.year().year()).toList());
    }

    @Test
    void valuesOfNeighbouringSentencesAreNearby() {
        CagrStatement statement = statements("The market was valued at USD 4.98 billion in 2023. It is expected to "
                + "grow at a CAGR of 14.1%. It should reach USD 12.56 billion by 2030.").get(0);
        assertEquals(List.of(), statement.values());
        assertEquals(List.of(2023, 2030), statement.nearbyValues().stream().map(v -> v.year().year()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Margins were 14.6% and the CAGR story is weak.", "The CAGR will be revised.",
        "Its share of 30% makes it the largest; CAGR figures follow."})
    void aPercentageThatIsNotTheRateIsNotAStatement(String text) {
        assertEquals(List.of(), statements(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In volume terms, it will grow at a CAGR of 4.4%.                 | VOLUME",
        "Unit shipments will rise at a 3% CAGR.                           | VOLUME",
        "Revenue will rise at a 3% CAGR.                                  | VALUE",
    })
    void readsWhatTheRateMeasures(String text, CagrStatement.Measure measure) {
        assertEquals(measure, only(text).measure());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The market will grow at a CAGR of 6% from 2024 to 2030.                                    | 2024 | 2030",
        "It grows from USD 4 billion in 2023 to USD 9 billion by 2030, a CAGR of 12%.              | 2023 | 2030",
        "It is expected to reach USD 9 billion by 2030, at a CAGR of 12%.                          | 0    | 2030",
        "It is expected to rise to USD 9 billion in 2030, at a CAGR of 12%.                        | 0    | 2030",
        "Valued at USD 4 billion in 2023, it will grow at a CAGR of 12%.                           | 0    | 0",
        "It will grow at a CAGR of 12% over the forecast period.                                   | 0    | 0",
    })
    void readsTheSpanTheRateIsFor(String text, int start, int end) {
        CagrStatement.Span span = only(text).span();
        assertEquals(start, span.start().orElse(0));
        assertEquals(end, span.end().orElse(0));
    }
}
