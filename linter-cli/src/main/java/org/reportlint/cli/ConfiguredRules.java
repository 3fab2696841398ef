package org.reportlint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigFile;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfigSource;
import org.reportlint.core.config.RulePacks;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.run.UsageException;

/**
 * The rules a command knows beyond the registered ones: those declared in {@code customRules} of the config that
 * applies in the working directory ({@code --config FILE}, else the discovered {@code .reportlint.json} files), so
 * that {@code rules}, {@code explain} and report metadata describe them like built-in rules.
 */
final class ConfiguredRules {

    private ConfiguredRules() {
    }

    /** {@code registry} with the working directory's declared rules; a bad config is a one-line usage error. */
    static RuleRegistry of(RuleRegistry registry, CliEnvironment environment, Optional<String> config,
                           RulePacks packs) throws UsageException {
        Path base = environment.workingDirectory();
        Optional<Path> explicit = config.map(base::resolve);
        if (explicit.isPresent() && !java.nio.file.Files.isRegularFile(explicit.get())) {
            // Worded as the check itself words it, which would otherwise report it a moment later.
            throw new UsageException("no such config file: " + config.get());
        }
        ConfigResolver resolver = new ConfigResolver(registry, Map.of(), base, explicit.map(ConfigSource::file), packs);
        try {
            List<CustomRule> declared = resolver.chainFor(base).stream()
                    .flatMap((ConfigFile file) -> file.customRules().stream()).toList();
            return registry.with(declared);
        } catch (ConfigException invalid) {
            throw new UsageException(invalid.getMessage());
        }
    }
}
