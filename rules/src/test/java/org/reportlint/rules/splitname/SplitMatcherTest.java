package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitMatcherTest {
    private final SplitMatcher matcher = new SplitMatcher(LegalForms.load(), PlaceNames.load());

    @Test
    void legalFormAfterACompanyNameJoinsWithItsConventionalSeparator() {
        String name = "Lakeside New Material Technology Co.";
        assertEquals(Optional.of(new SplitMatcher.Split(SplitMatcher.Kind.LEGAL_FORM, ", ", 4, 4, name, 0)),
                matcher.match(name, "Ltd."));
        assertEquals(Optional.of(new SplitMatcher.Split(SplitMatcher.Kind.LEGAL_FORM, " ", 4, 4, "Acme", 0)),
                matcher.match("Acme", "Inc."));
        assertTrue(matcher.match("Bank of America", "Corp.").isPresent());
        assertTrue(matcher.match("eBay Marketplaces", "GmbH").isPresent());
    }

    @Test
    void placeNameJoinsWithASpace() {
        assertEquals(Optional.of(new SplitMatcher.Split(SplitMatcher.Kind.PLACE_NAME, " ", 6, 6, "Saudi", 0)),
                matcher.match("Saudi", "Arabia"));
    }

    @Test
    void legalFormAfterSomethingThatIsNotACompanyNameIsLeftAlone() {
        assertEquals(Optional.empty(), matcher.match("Key players:", "Ltd."));
        assertEquals(Optional.empty(), matcher.match("Widely available", "Ltd."));
        assertEquals(Optional.empty(), matcher.match("Lakeside Materials Co., Ltd.", "Ltd."));
        assertEquals(Optional.empty(), matcher.match("Inc.", "Ltd."));
        assertEquals(Optional.empty(), matcher.match("Availability: Low", "Limited"));
    }

    @Test
    void formStartingALongerEntryEndsBeforeTheSeparatorAndTheRestStartsAtTheNextName() {
        SplitMatcher.Split split = matcher.match("Sunrise Power Co.", "Ltd., Acme Solar and Brightway Energy Inc.")
                .orElseThrow();
        assertEquals(4, split.fragmentEnd());
        assertEquals(6, split.restStart());
        assertEquals(", ", split.separator());
        assertFalse(split.wholeEntry());
        SplitMatcher.Split joined = matcher.match("Sunrise Power Co.", "Ltd. and Acme Solar").orElseThrow();
        assertEquals(4, joined.fragmentEnd());
        assertEquals(5, joined.restStart());
        assertEquals(Optional.empty(), matcher.match("Acme Widgets", "Inc. and partners"));
        assertEquals(Optional.empty(), matcher.match("Atlas Drilling", "AB Volvo, Scania"));
    }

    @Test
    void nameThatEndsASentenceIsTheNameTheFragmentBelongsTo() {
        SplitMatcher.Split split = matcher.match("The leaders are Northwind Grid, Sunrise Power Co.",
                "Ltd., Acme Solar and Brightway Energy Inc.").orElseThrow();
        assertEquals("Sunrise Power Co.", split.name());
        assertEquals(32, split.nameStart());
    }

    @Test
    void sentenceOnAWrappedLineIsNotBroken() {
        assertEquals(Optional.empty(), matcher.match("The leaders are Northwind Grid, Sunrise Power Co.",
                "Ltd., Acme Solar and Brightway Energy Inc.", true, () -> true));
        assertTrue(matcher.match("Sunrise Power Co.", "Ltd., Acme Solar", true, () -> false).isPresent());
    }

    @ParameterizedTest
    @CsvSource({"Sport Edition, Limited", "Greenfield Mining, Corporation", "Blood Type B, AB", "Touring, SE",
        "Northwind Farm, AG", "John, Asa"})
    void formThatIsAlsoAWordNeedsAListThatNamesCompanies(String previous, String entry) {
        assertEquals(Optional.empty(), matcher.match(previous, entry));
        assertTrue(matcher.match(previous, entry, false, () -> true).isPresent());
    }

    @Test
    void formThatIsAlsoAWordCountsWhenTheNameEndsWithTheStartOfALongerForm() {
        assertTrue(matcher.match("Sunrise Power Co.", "Limited").isPresent());
        assertTrue(matcher.match("Meridian Silica Pvt.", "Limited").isPresent());
        assertEquals(Optional.empty(), matcher.match("The leaders are Sunrise Power", "Limited, Acme Solar"));
    }
}
