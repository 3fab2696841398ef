package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DummyEntityMatcherTest {
    private final DummyEntityMatcher matcher = new DummyEntityMatcher();

    @Test
    void reportsEachEntityOfASeries() {
        assertEquals(List.of("Company A", "Company B", "Company C"),
                Matches.of(matcher, "Players include Company A, Company B, and Company C."));
    }

    @Test
    void flagsParticipantNounsWithAnyLabel() {
        assertEquals(List.of("Player 1", "Vendor X", "Brand B", "Company XXX"),
                Matches.of(matcher, "Player 1 leads, Vendor X follows, Brand B and Company XXX trail."));
    }

    @Test
    void flagsOtherNounsOnlyInSeriesOrWithMaskedShare() {
        assertEquals(List.of("Technology A - x%"), Matches.of(matcher, "Technology A - x% of installs."));
        assertEquals(List.of("Product A", "Product B"), Matches.of(matcher, "Product A beat Product B."));
        assertEquals(List.of(), Matches.of(matcher, "Product A was launched."));
    }

    @Test
    void flagsStockDummyNames() {
        assertEquals(List.of("John Doe", "XYZ Corporation", "ABC Company"),
                Matches.of(matcher, "John Doe of XYZ Corporation met ABC Company."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Type 2 diabetes", "Vitamin B", "Series A funding", "Plan B", "Class A shares",
            "Leading Market Player\n29 %", "Company 3M", "Customer 360", "Company A. O. Smith", "Brand A+ rated",
            "the company I founded", "Co.,Ltd", "Technology Adoption"})
    void ignoresRealTerms(String text) {
        assertEquals(List.of(), Matches.of(matcher, text));
    }
}
