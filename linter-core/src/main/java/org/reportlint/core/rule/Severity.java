package org.reportlint.core.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, most serious first. {@code off} is a configuration value, not a severity. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in configuration and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Severity> fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
