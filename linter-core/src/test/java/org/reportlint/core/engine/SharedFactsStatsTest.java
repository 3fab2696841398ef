package org.reportlint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.facts.FactKind;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.source.SourceInput;

/** Shared facts are timed apart from the rule that asks for them first, and only once per document. */
class SharedFactsStatsTest {

    /** Reads one kind of fact, as the figure rules do. */
    private static final class FactReader implements Rule {
        private final String id;
        private final java.util.function.Consumer<Facts> read;

        FactReader(String id, java.util.function.Consumer<Facts> read) {
            this.id = id;
            this.read = read;
        }

        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder(id).summary("reads facts").build();
        }

        @Override
        public void check(RuleContext context) {
            read.accept(Facts.of(context.document()));
        }
    }

    private static LintStats lint(Rule... rules) {
        LintStats stats = new LintStats();
        String text = "The widget market was valued at USD 4.2 billion in 2023 and will grow at a CAGR of 6.1% in"
                + " 2024-2030.";
        new Linter(stats).lint(SourceInput.ofContent("a.txt", text.getBytes(StandardCharsets.UTF_8)),
                RuleSet.of(RuleRegistry.of(List.of(rules)), Preset.ALL, Map.of()));
        return stats;
    }

    @Test
    void factsAreListedByKindAndTheRulesStillByRule() {
        LintStats stats = lint(new FactReader("first", Facts::cagrStatements), new FactReader("second",
                Facts::marketSizes));
        Map<FactKind, Long> byKind = stats.factNanosByKind();
        assertEquals(Set.of(FactKind.SENTENCES, FactKind.YEAR_RANGES, FactKind.FIGURES, FactKind.SUBJECTS,
                FactKind.CAGR_STATEMENTS, FactKind.MARKET_SIZES), byKind.keySet());
        assertEquals(byKind.values().stream().mapToLong(Long::longValue).sum(), stats.factNanos());
        assertEquals(Set.of("first", "second"), stats.ruleNanos().keySet());
        stats.ruleNanos().values().forEach(nanos -> assertTrue(nanos >= 0, "a rule's time less its facts"));
    }

    @Test
    void aRuleThatReadsNoFactsLeavesThemOut() {
        LintStats stats = lint(new FactReader("none", facts -> { }));
        assertEquals(Map.of(), stats.factNanosByKind());
        assertEquals(0, stats.factNanos());
    }
}
