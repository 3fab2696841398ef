package org.reportlint.core.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.rule.Severity;

/**
 * A configured level for one rule, and options when given.
 *
 * @param severity the severity, or empty for {@code off}
 * @param options validated option values; empty to keep the options already in effect
 */
public record RuleSetting(Optional<Severity> severity, Optional<Map<String, Object>> options) {

    public RuleSetting {
        options = options.map(Map::copyOf);
    }

    public static RuleSetting off() {
        return new RuleSetting(Optional.empty(), Optional.empty());
    }

    public static RuleSetting of(Severity severity) {
        return new RuleSetting(Optional.of(severity), Optional.empty());
    }

    /**
     * Parses a level: {@code off}, {@code info}, {@code warning} or {@code error}; also {@code warn} as ESLint users
     * type it. Empty when the text is none of them.
     */
    public static Optional<RuleSetting> parseLevel(String level) {
        String id = level.trim().toLowerCase(Locale.ROOT);
        if (id.equals("off")) {
            return Optional.of(off());
        }
        if (id.equals("warn")) {
            id = "warning";
        }
        return Severity.fromId(id).map(RuleSetting::of);
    }
}
