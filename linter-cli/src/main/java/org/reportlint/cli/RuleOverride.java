package org.reportlint.cli;

import java.util.Optional;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.run.UsageException;

/**
 * One {@code --rule ID[=LEVEL]} or {@code --disable ID} as typed.
 *
 * @param value {@code ID} or {@code ID=LEVEL}
 * @param disable whether it came from {@code --disable}
 */
record RuleOverride(String value, boolean disable) {

    String id() {
        int equals = value.indexOf('=');
        return (equals < 0 ? value : value.substring(0, equals)).trim();
    }

    /** The setting it asks for: off, the given level, or the rule's own default severity. */
    RuleSetting setting(RuleRegistry registry) throws UsageException {
        String id = id();
        LintRunner.requireKnownRule(registry, id);
        if (disable) {
            if (value.contains("=")) {
                throw new UsageException("--disable takes a rule id without a level: " + value);
            }
            return RuleSetting.off();
        }
        int equals = value.indexOf('=');
        if (equals < 0) {
            RuleMetadata metadata = registry.metadata(id).orElseThrow();
            return RuleSetting.of(metadata.defaultSeverity());
        }
        String level = value.substring(equals + 1);
        Optional<RuleSetting> setting = RuleSetting.parseLevel(level);
        if (setting.isEmpty()) {
            throw new UsageException("invalid level \"" + level + "\" for rule \"" + id
                    + "\" (use off, info, warning or error)");
        }
        return setting.get();
    }
}
