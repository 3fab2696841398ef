package org.reportlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.document.DocumentFormat;

/**
 * The configuration that applies to one file, and where it came from.
 *
 * @param sources the config files applied, outermost first; empty when none was found
 * @param preset the preset the rules start from
 * @param settings the rule settings applied over the preset, in order (config files, overrides, command line)
 * @param rules the resulting rule set
 * @param format the format the {@code formats} maps choose for the file; empty to detect it from name and content
 */
public record EffectiveConfig(List<Path> sources, Preset preset, Map<String, RuleSetting> settings, RuleSet rules,
                              Optional<DocumentFormat> format) {

    public EffectiveConfig {
        sources = List.copyOf(sources);
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }

    /** How the file is linted. */
    public FileSettings fileSettings() {
        return new FileSettings(rules, format);
    }
}
