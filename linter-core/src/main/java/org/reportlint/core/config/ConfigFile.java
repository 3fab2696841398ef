package org.reportlint.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.document.DocumentFormat;

/**
 * One validated {@code .reportlint.json}.
 *
 * @param path where it was read from
 * @param root whether discovery stops here instead of also applying configuration from parent folders
 * @param preset the {@code extends} preset, if given
 * @param rules rule settings in file order
 * @param include globs of files to lint when walking folders, relative to the config's folder, if given
 * @param exclude globs of files to skip, if given
 * @param overrides per-glob rule settings, applied after {@code rules} in file order
 * @param formats the format to read files as, by glob relative to the config's folder, in file order (a later
 *     match wins)
 * @param customRules the rules the file declares in {@code customRules}, in file order
 */
public record ConfigFile(Path path, boolean root, Optional<Preset> preset, Map<String, RuleSetting> rules,
                         Optional<List<String>> include, Optional<List<String>> exclude,
                         List<Override> overrides, Map<String, DocumentFormat> formats,
                         List<CustomRule> customRules) {

    /** A config that declares no rules of its own. */
    public ConfigFile(Path path, boolean root, Optional<Preset> preset, Map<String, RuleSetting> rules,
                      Optional<List<String>> include, Optional<List<String>> exclude,
                      List<Override> overrides, Map<String, DocumentFormat> formats) {
        this(path, root, preset, rules, include, exclude, overrides, formats, List.of());
    }

    /** Rule settings for the files that match any of the globs. */
    public record Override(List<String> files, Map<String, RuleSetting> rules) {
        public Override {
            files = List.copyOf(files);
            rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        }
    }

    public ConfigFile {
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        include = include.map(List::copyOf);
        exclude = exclude.map(List::copyOf);
        overrides = List.copyOf(overrides);
        formats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formats));
        customRules = List.copyOf(customRules);
    }

    /** The folder the config's globs are relative to. */
    public Path directory() {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? path.toAbsolutePath() : parent;
    }
}
