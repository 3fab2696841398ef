package org.reportlint.rules.cagrarithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.RuleFixtures;

class CagrArithmeticRuleTest {
    private final CagrArithmeticRule rule = new CagrArithmeticRule();

    @Test
    void metadataMatchesTheCatalogue() {
        RuleMetadata metadata = rule.metadata();
        assertEquals("cagr-arithmetic", metadata.id());
        assertEquals(Severity.WARNING, metadata.defaultSeverity());
        assertFalse(metadata.fixable());
        assertTrue(metadata.recommended());
        OptionSpec tolerance = metadata.options().get(0);
        assertEquals("tolerance", tolerance.name());
        assertEquals(OptionSpec.Type.NUMBER, tolerance.type());
        assertEquals(0.5, tolerance.defaultValue());
    }

    @Test
    void ratesTheirValuesContradict() {
        RuleFixtures.assertFixture(rule, "/fixtures/cagr-arithmetic/forms.html");
    }

    @Test
    void findingPointsAtBothValues() {
        Finding first = RuleFixtures.assertFixture(rule, "/fixtures/cagr-arithmetic/forms.html").get(0);
        assertEquals(List.of("Start value USD 4.98 billion", "End value USD 12.56 billion"),
                first.related().stream().map(r -> r.message()).toList());
    }

    @Test
    void ratesThatFitWithinPrintedPrecisionAreClean() {
        RuleFixtures.assertFixture(rule, "/fixtures/cagr-arithmetic/consistent.html");
    }

    @Test
    void statementsWithoutOneClearSpanAreNotChecked() {
        RuleFixtures.assertFixture(rule, "/fixtures/cagr-arithmetic/not-checked.html");
    }

    @Test
    void toleranceOptionNarrowsTheSlack() {
        RuleFixtures.assertFixture(rule, "/fixtures/cagr-arithmetic/tolerance.txt");
    }
}
