package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SplitMatcherTest {
    private final SplitMatcher matcher = new SplitMatcher(LegalForms.load(), PlaceNames.load());

    @Test
    void legalFormAfterACompanyNameJoinsWithItsConventionalSeparator() {
        assertEquals(Optional.of(new SplitMatcher.Split(SplitMatcher.Kind.LEGAL_FORM, ", ")),
                matcher.match("Lakeside New Material Technology Co.", "Ltd."));
        assertEquals(Optional.of(new SplitMatcher.Split(SplitMatcher.Kind.LEGAL_FORM, " ")),
                matcher.match("Acme", "Inc."));
        assertTrue(matcher.match("Bank of America", "Corp.").isPresent());
        assertTrue(matcher.match("eBay Marketplaces", "GmbH").isPresent());
    }

    @Test
    void placeNameJoinsWithASpace() {
        assertEquals(Optional.of(new SplitMatcher.Split(SplitMatcher.Kind.PLACE_NAME, " ")),
                matcher.match("Saudi", "Arabia"));
    }

    @Test
    void legalFormAfterSomethingThatIsNotACompanyNameIsLeftAlone() {
        assertEquals(Optional.empty(), matcher.match("Key players:", "Ltd."));
        assertEquals(Optional.empty(), matcher.match("Widely available", "Ltd."));
        assertEquals(Optional.empty(), matcher.match("Lakeside Materials Co., Ltd.", "Ltd."));
        assertEquals(Optional.empty(), matcher.match("Inc.", "Ltd."));
        assertEquals(Optional.empty(),
                matcher.match("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen", "Ltd."));
    }

    @Test
    void spelledOutFormNeedsANameOfTwoWords() {
        assertEquals(Optional.empty(), matcher.match("Moderate", "Limited"));
        assertTrue(matcher.match("Greenfield Mining", "Corporation").isPresent());
    }
}
