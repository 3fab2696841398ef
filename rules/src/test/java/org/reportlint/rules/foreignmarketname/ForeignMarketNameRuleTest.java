package org.reportlint.rules.foreignmarketname;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.rules.testing.CrossDocumentFixtures;

/** The fixture folders of {@code foreign-market-name}, each linted as one run. */
class ForeignMarketNameRuleTest {
    private final ForeignMarketNameRule rule = new ForeignMarketNameRule();

    @Test
    void aFamilyOfReportsWithOneParagraphCopiedWholeAndOneHalfCustomised() {
        List<FileResult> results = CrossDocumentFixtures.assertFixtureFolder(rule,
                "/fixtures/foreign-market-name/family");
        Finding copied = results.get(0).findings().get(0);
        RelatedLocation related = copied.related().get(0);
        assertEquals(Optional.of("widget.html"), related.path());
        assertEquals("the same paragraph in the widget coating market report", related.message());
        assertEquals(6, related.span().start().line(), "the paragraph of the widget coating market report");
    }

    @Test
    void comparisonsSharedParagraphsShortTextRelatedReportsParentsAndTheSameMarketAreNotFlagged() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/foreign-market-name/near-misses");
    }

    @Test
    void siblingRegionsAreDifferentMarketsAndACountryBesideItsContinentIsNot() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/foreign-market-name/regions");
    }

    @Test
    void minWordsLetsShorterParagraphsBeCompared() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/foreign-market-name/min-words");
    }
}
