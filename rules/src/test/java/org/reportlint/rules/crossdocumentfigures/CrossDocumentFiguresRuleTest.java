package org.reportlint.rules.crossdocumentfigures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.CrossDocumentFixtures;

class CrossDocumentFiguresRuleTest {
    private final CrossDocumentFiguresRule rule = new CrossDocumentFiguresRule();

    @Test
    void metadataMatchesTheCatalogue() {
        RuleMetadata metadata = rule.metadata();
        assertEquals("cross-document-figures", metadata.id());
        assertEquals(Severity.WARNING, metadata.defaultSeverity());
        assertFalse(metadata.fixable());
        assertTrue(metadata.recommended());
        assertTrue(rule.codec().isPresent());
    }

    @Test
    void theReportThatDisagreesWithTheMajorityIsFlagged() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/cross-document-figures/majority");
    }

    @Test
    void nearMissesAreNotCompared() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/cross-document-figures/near-misses");
    }

    @Test
    void withoutAMajorityBothReportsAreFlagged() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/cross-document-figures/tie");
    }

    @Test
    void marketNamesAreNormalisedAndAliased() {
        CrossDocumentFixtures.assertFixtureFolder(rule, "/fixtures/cross-document-figures/names");
    }
}
