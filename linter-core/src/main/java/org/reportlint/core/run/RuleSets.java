package org.reportlint.core.run;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.FileSettings;
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

    private static String safeName(String name) {
        return name.replaceAll("[<>:\"|?*]", "_");
    }
}
