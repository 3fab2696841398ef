package org.reportlint.cli.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.rule.RuleMetadata;

/**
 * What checking one version of a document gave.
 *
 * @param document the document as it was checked
 * @param result the file's result, as {@code reportlint check} reports it; empty when nothing was linted
 * @param configSources the configuration files that apply to the document, outermost first
 * @param configError the configuration mistake that stopped the check, located in its file
 * @param failure why nothing was linted, when it is not a located configuration mistake
 * @param declaredRules the metadata of the rules the document's configuration declares ({@code customRules}), by
 *     id: the server's registry knows only the rules on its class path
 */
record CheckResult(OpenDocument document, Optional<FileResult> result, List<Path> configSources,
                   Optional<LocatedConfigError> configError, Optional<String> failure,
                   Map<String, RuleMetadata> declaredRules) {

    CheckResult {
        declaredRules = Map.copyOf(declaredRules);
    }

    CheckResult(OpenDocument document, Optional<FileResult> result, List<Path> configSources,
                Optional<LocatedConfigError> configError, Optional<String> failure) {
        this(document, result, configSources, configError, failure, Map.of());
    }

    /** The metadata of a rule the configuration declares, if {@code id} is one. */
    Optional<RuleMetadata> declared(String id) {
        return Optional.ofNullable(declaredRules.get(id));
    }

    /** A configuration mistake and the absolute path of the file it is in. */
    record LocatedConfigError(Path file, ConfigException error) {
    }

    static CheckResult disabled(OpenDocument document) {
        return new CheckResult(document, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
}
