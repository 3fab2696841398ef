package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.document.DocumentParser;

class MarketSizesTest {

    private static List<MarketSize> sizes(String name, String text) {
        return Facts.of(DocumentParser.parse(name, text)).marketSizes();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The market was valued at USD 4.2 billion in 2023.                         | USD 4.2 billion | 2023 | NONE",
        "The market size stood at approximately $250 million in 2024.              | $250 million    | 2024 | ABOUT",
        "In 2024, the widget market was worth EUR 1.1 Bn.                          | EUR 1.1 Bn      | 2024 | NONE",
        "The market is expected to exceed USD 9 billion by 2031.                   | USD 9 billion   | 2031 | OVER",
    })
    void readsSizesWithTheirYears(String text, String value, int year, RateQualifier qualifier) {
        List<MarketSize> found = sizes("s.txt", text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(value, found.get(0).text());
        assertEquals(year, found.get(0).year());
        assertEquals(qualifier, found.get(0).qualifier());
    }

    @org.junit.jupiter.api.Test
    void bothEndsOfAGrowthAreSizes() {
        List<MarketSize> found = sizes("s.txt",
                "The market will reach USD 9.1 billion by 2030 from USD 4.0 billion in 2023.");
        assertEquals(List.of(2030, 2023), found.stream().map(MarketSize::year).toList());
    }

    @org.junit.jupiter.api.Test
    void reportScopeTableRowsAreSizes() {
        List<MarketSize> found = sizes("s.md", "| Attribute | Detail |\n|---|---|\n"
                + "| Market size value in 2024 | USD 4.2 billion |\n| Revenue forecast in 2031 | USD 7.9 billion |\n"
                + "| Base year | 2024 |\n");
        assertEquals(List.of(2024, 2031), found.stream().map(MarketSize::year).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Acme raised USD 40 million in 2023 to expand its plant.",
        "The company invested USD 2 billion in 2024 in new lines for the market.",
        "The market will reach USD 3-4 billion by 2030.",
        "Revenue of the market was strong in 2023.",
    })
    void otherAmountsAreNoSizes(String text) {
        assertEquals(List.of(), sizes("s.txt", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The market was valued at USD 4.2 billion in 2023.                                     | false",
        "In May 2024, the widget market was worth EUR 1.1 Bn.                                  | false",
        "The market size is estimated at USD 4.6 billion in 2024.                              | false",
        "The market is expected to reach USD 9 billion by 2031.                                | true",
        "By 2031 the market will be worth USD 9 billion.                                       | true",
        "The market is projected to be valued at USD 9 billion in 2031.                        | true",
        "The market is poised to hit USD 9 billion in 2031.                                    | true",
    })
    void projectionsAreToldFromStatedSizes(String text, boolean projected) {
        List<MarketSize> found = sizes("s.txt", text);
        assertEquals(1, found.size(), () -> found.toString());
        assertEquals(projected, found.get(0).projected(), text);
    }

    @org.junit.jupiter.api.Test
    void theStartOfAProjectedGrowthIsNoProjection() {
        List<MarketSize> found = sizes("s.txt",
                "The market is expected to reach USD 9.1 billion by 2030 from USD 4.0 billion in 2023.");
        assertEquals(List.of(true, false), found.stream().map(MarketSize::projected).toList());
    }

    @org.junit.jupiter.api.Test
    void aForecastRowIsAProjection() {
        List<MarketSize> found = sizes("s.md", "| Attribute | Detail |\n|---|---|\n"
                + "| Market size value in 2024 | USD 4.2 billion |\n| Revenue forecast in 2031 | USD 7.9 billion |\n");
        assertEquals(List.of(false, true), found.stream().map(MarketSize::projected).toList());
    }
}
