package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmptySlotMatcherTest {
    private final EmptySlotMatcher matcher = new EmptySlotMatcher();

    @Test
    void flagsSlotsRenderedEmpty() {
        assertEquals(List.of("USD billion", "of %", "from to"),
                Matches.of(matcher, "valued at USD billion in and a CAGR of % from to 2030"));
        assertEquals(List.of("USD  million", "from  to"), Matches.of(matcher, "USD  million from  to 2030"));
        assertEquals(List.of("USD"), Matches.of(matcher, "worth USD in 2023"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Market Size (USD Billion)", "Revenue in USD million", "in units of USD million",
            "from 2024 to 2030", "by and large", "from and to the port", "a CAGR of 14.6%", "USD 0.45 Billion",
            "the call came from to see", "both between and within tasks", "denoted by %}", "instead of %-s"})
    void ignoresUnitLabelsAndRealRanges(String text) {
        assertEquals(List.of(), Matches.of(matcher, text));
    }
}
