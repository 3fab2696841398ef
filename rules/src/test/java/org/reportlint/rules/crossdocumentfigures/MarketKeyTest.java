package org.reportlint.rules.crossdocumentfigures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketKeyTest {

    private static String key(String name) {
        return MarketKey.of(name, Aliases.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Global Widget Market                  | widget market",
        "WIDGETS MARKET                        | widget",
        "hand and power tools market           | power & hand tool market",
        "lithium-ion battery recycling market  | lithium ion batteries recycling",
        "smart home devices market             | Smart Home Device Market",
    })
    void namesOfOneMarket(String one, String other) {
        assertEquals(key(one), key(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "widget market        | smart widget market",
        "widget market        | europe widget market",
        "north america widget | south america widget",
        "battery market       | electric vehicle battery market",
    })
    void namesOfDifferentMarkets(String one, String other) {
        assertNotEquals(key(one), key(other));
    }

    @Test
    void aliasesAreReplacedWhereverTheyStand() {
        Aliases aliases = Aliases.of(List.of(List.of("EV charging", "electric vehicle charging"),
                List.of("AI", "artificial intelligence")));
        assertEquals(MarketKey.of("electric vehicle charging station market", aliases),
                MarketKey.of("Global EV Charging Stations Market", aliases));
        assertEquals(MarketKey.of("artificial intelligence in healthcare", aliases),
                MarketKey.of("AI in healthcare market", aliases));
        assertNotEquals(MarketKey.of("electric vehicle battery market", aliases),
                MarketKey.of("EV charging battery market", aliases));
    }

    @Test
    void aNameOfGenericWordsOnlyHasNoKey() {
        assertEquals("", key("Global Market"));
    }

    @Test
    void badAliasGroupsAreRefusedWithTheReason() {
        assertEquals("", Aliases.problems(List.of(List.of("EV", "electric vehicle"))));
        assertEquals("each group needs at least two names, not [EV]", Aliases.problems(List.of(List.of("EV"))));
        assertEquals("\"global market\" names no market (only words such as \"global\" and \"market\")",
                Aliases.problems(List.of(List.of("EV", "global market"))));
        assertEquals("\"EV\" is in two groups; put every name of one market in one group",
                Aliases.problems(List.of(List.of("EV", "electric vehicle"), List.of("EV", "e-vehicle"))));
    }
}
