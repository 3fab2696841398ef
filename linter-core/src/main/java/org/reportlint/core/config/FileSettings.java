package org.reportlint.core.config;

import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.document.DocumentFormat;

/**
 * How configuration says to lint one file.
 *
 * @param rules the rules that run on it
 * @param format the format to read it as, when the {@code formats} map of a config names one; else it is detected
 */
public record FileSettings(RuleSet rules, Optional<DocumentFormat> format) {

    public FileSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(format, "format");
    }

    /** These rules, and the format detected from the file. */
    public static FileSettings of(RuleSet rules) {
        return new FileSettings(rules, Optional.empty());
    }
}
