package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slots emptied with no currency or percent sign left. */
class EmptySlotBareSlotMatcherTest {
    private final BareSlotMatcher matcher = new BareSlotMatcher();

    @Test
    void flagsTheWordsEitherSideOfTheMissingValue() {
        assertEquals(List.of("of  billion", "of  during", "In ,", "the  segment", "at  in 2023"),
                Matches.of(matcher, "a value of  billion, a CAGR of  during 2024-2030. In , the market and "
                        + "the  segment led; it was valued at  in 2023"));
    }

    @Test
    void namesWhatIsMissing() {
        List<TextMatch> found = new ArrayList<>();
        matcher.find("In , the  segment grew from  million.", found);
        assertEquals(List.of("Empty slot: \"In ,\" has no value", "Empty slot: \"the segment\" has no name",
                "Empty slot: \"from million\" has no number"),
                PlaceholderRule.longestOfOverlapping(found).stream().map(TextMatch::message).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a CAGR of over 5%", "a share of between 10% and 12%", "the rate of in vitro growth",
            "growth of in-house brands", "billions of dollars", "from Thousand Oaks", "a billion users",
            "the CAGR during the period", "In 2023, the market grew", "all in, the cost", "the value of, say, oil",
            "a rate of 5.1% during", "Name     Segment\tthe  segment   the  market", "the   segment led",
            "valued at USD 2 billion in 2023", "Value at Risk rose", "from MN to WI"})
    void ignoresProseThatUsesTheSameWords(String text) {
        assertEquals(List.of(), Matches.of(matcher, text));
    }
}
