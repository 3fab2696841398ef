package org.reportlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

class RuleSetTest {

    private static Rule rule(String id, boolean recommended) {
        return new Rule() {
            @Override
            public RuleMetadata metadata() {
                return RuleMetadata.builder(id).summary(id).severity(Severity.WARNING).recommended(recommended).build();
            }

            @Override
            public void check(RuleContext context) {
            }
        };
    }

    private final RuleRegistry registry = RuleRegistry.of(List.of(rule("alpha", true), rule("beta", false)));

    @Test
    void presetsPickRules() {
        assertEquals(List.of("alpha"), ids(RuleSet.of(registry, Preset.RECOMMENDED, Map.of())));
        assertEquals(List.of("alpha", "beta"), ids(RuleSet.of(registry, Preset.ALL, Map.of())));
        assertEquals(List.of(), ids(RuleSet.of(registry, Preset.NONE, Map.of())));
    }

    @Test
    void settingsReLevelAndDisable() {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        settings.put("alpha", RuleSetting.off());
        settings.put("beta", RuleSetting.of(Severity.ERROR));
        settings.put("encoding", RuleSetting.off());
        RuleSet set = RuleSet.of(registry, Preset.RECOMMENDED, settings);
        assertEquals(List.of("beta"), ids(set));
        assertEquals(Severity.ERROR, set.rules().get(0).severity());
        assertEquals(Optional.empty(), set.engineSeverity("encoding"));
        assertEquals(Optional.of(Severity.WARNING), set.engineSeverity("unused-suppression"));
    }

    @Test
    void internalErrorsCannotBeTurnedOff() {
        RuleSet set = RuleSet.of(registry, Preset.NONE, Map.of("internal-error", RuleSetting.off()));
        assertEquals(Optional.of(Severity.ERROR), set.engineSeverity("internal-error"));
    }

    @Test
    void unknownIdsAreRejectedAndSuggested() {
        assertThrows(IllegalArgumentException.class,
                () -> RuleSet.of(registry, Preset.ALL, Map.of("gamma", RuleSetting.off())));
        assertEquals(Optional.of("alpha"), registry.suggest("alpah"));
        assertEquals(Optional.of("encoding"), registry.suggest("encodings"));
        assertEquals(Optional.empty(), registry.suggest("completely-different"));
    }

    @Test
    void levelsParseLikeUsersTypeThem() {
        assertEquals(Optional.of(RuleSetting.of(Severity.WARNING)), RuleSetting.parseLevel("warn"));
        assertEquals(Optional.of(RuleSetting.off()), RuleSetting.parseLevel("OFF"));
        assertEquals(Optional.empty(), RuleSetting.parseLevel("fatal"));
    }

    private static List<String> ids(RuleSet set) {
        return set.rules().stream().map(ConfiguredRule::id).toList();
    }
}
