package org.reportlint.core.run;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.custom.CustomRule;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.source.SourceInput;

/**
 * The rule set of every input, resolved before any file is linted so that a configuration mistake stops the run
 * with nothing half done. Standard input gets no cross-document rules: only files are compared with each other.
 */
final class RuleSets {
    private final Map<SourceInput, FileSettings> byInput;

    private RuleSets(Map<SourceInput, FileSettings> byInput) {
        this.byInput = byInput;
    }

    static RuleSets resolve(ConfigResolver resolver, List<SourceInput> inputs, Path baseDirectory,
                            Charset fallbackCharset) throws UsageException {
        Map<SourceInput, FileSettings> byInput = new HashMap<>();
        for (SourceInput input : inputs) {
            // Standard input is configured as if it were a file of its --stdin-filename in the base directory.
            Path location = input.file().orElseGet(() -> baseDirectory.resolve(safeName(input.path())));
            try {
                FileSettings settings = resolver.settingsFor(location).withFallbackCharset(fallbackCharset);
                if (input.file().isEmpty()) {
                    // A draft piped in is not one of the corpus's reports: it is not compared with them, so an
                    // editor's draft of a report is not its duplicate, and its result comes out as it is done.
                    settings = new FileSettings(settings.rules().withoutCrossDocumentRules(), settings.format(),
                            settings.fallbackCharset());
                }
                byInput.put(input, settings);
            } catch (ConfigException invalid) {
                throw new UsageException(invalid.getMessage());
            }
        }
        return new RuleSets(byInput);
    }

    FileSettings forInput(SourceInput input) {
        return byInput.get(input);
    }

    /**
     * The rules declared in configuration that run on some input, by id; when nested configs declare one id in two
     * ways, the first input by path decides, so that reports do not change from run to run.
     */
    List<RuleMetadata> declaredRules() {
        Map<String, RuleMetadata> declared = new TreeMap<>();
        List<SourceInput> inputs = byInput.keySet().stream()
                .sorted(java.util.Comparator.comparing(SourceInput::path)).toList();
        for (SourceInput input : inputs) {
            FileSettings settings = byInput.get(input);
            for (ConfiguredRule rule : settings.rules().rules()) {
                if (rule.rule() instanceof CustomRule) {
                    declared.putIfAbsent(rule.id(), rule.rule().metadata());
                }
            }
        }
        return List.copyOf(declared.values());
    }

    private static String safeName(String name) {
        return name.replaceAll("[<>:\"|?*]", "_");
    }
}
