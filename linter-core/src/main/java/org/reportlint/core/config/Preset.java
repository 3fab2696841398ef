package org.reportlint.core.config;

import java.util.Locale;
import java.util.Optional;
import org.reportlint.core.rule.RuleMetadata;

/** A starting set of rules that configuration then adjusts. */
public enum Preset {
    /** The rules marked recommended, at their default severities. */
    RECOMMENDED,
    /** Every rule at its default severity. */
    ALL,
    /** No rule; configuration enables each one it wants. */
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean enables(RuleMetadata metadata) {
        return switch (this) {
            case RECOMMENDED -> metadata.recommended();
            case ALL -> true;
            case NONE -> false;
        };
    }

    public static Optional<Preset> fromId(String id) {
        for (Preset preset : values()) {
            if (preset.id().equals(id)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}
