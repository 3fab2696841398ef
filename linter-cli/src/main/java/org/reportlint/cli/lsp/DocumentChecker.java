package org.reportlint.cli.lsp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfiguredRule;
import org.reportlint.core.config.EffectiveConfig;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.fix.FileFixer;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.run.LintRequest;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.UsageException;

/**
 * Lints an editor's text exactly as {@code reportlint check --stdin-filename NAME -} run in the document's base
 * folder would: the same request, runner and configuration discovery, with the text as standard input. Nothing is
 * cached between checks, so a changed {@code .reportlint.json} applies to the next check without any bookkeeping.
 */
final class DocumentChecker {
    private final RuleRegistry registry;

    DocumentChecker(RuleRegistry registry) {
        this.registry = registry;
    }

    RuleRegistry registry() {
        return registry;
    }

    CheckResult check(OpenDocument document, ServerSettings settings) {
        if (!settings.enable()) {
            return CheckResult.disabled(document);
        }
        DocumentPath path = document.path();
        Optional<Path> explicit = settings.configPath().map(path.base()::resolve);
        if (explicit.isPresent() && !Files.isRegularFile(explicit.get())) {
            return failed(document, "no such config file: " + settings.configPath().get());
        }
        ConfigResolver resolver = new ConfigResolver(registry, explicit, Map.of(), path.base());
        List<Path> sources;
        Map<String, RuleMetadata> declared = new LinkedHashMap<>();
        try {
            // The runner reads the base folder's chain for its globs, then the document's chain for its rules.
            resolver.chainFor(path.base());
            EffectiveConfig effective = resolver.effective(path.file());
            sources = effective.sources();
            for (ConfiguredRule configured : effective.rules().rules()) {
                RuleMetadata metadata = configured.rule().metadata();
                if (metadata.isNamespaced()) {
                    declared.put(metadata.id(), metadata);
                }
            }
        } catch (ConfigException invalid) {
            Path file = path.base().resolve(invalid.file()).normalize();
            return new CheckResult(document, Optional.empty(), List.of(),
                    Optional.of(new CheckResult.LocatedConfigError(file, invalid)), Optional.empty());
        }
        LintRequest.Builder request = LintRequest.builder()
                .baseDirectory(path.base())
                .threads(1)
                .stdin(bytes(document), path.name());
        explicit.ifPresent(request::configFile);
        ResultCollector collected = new ResultCollector();
        try {
            new LintRunner(registry, new Linter()).run(request.build(), collected);
        } catch (UsageException unusable) {
            return failed(document, unusable.getMessage());
        }
        Optional<FileResult> result = collected.files().stream().findFirst();
        return new CheckResult(document, result, sources, Optional.empty(), Optional.empty(), declared);
    }

    /**
     * The document's text with every safe fix applied, as {@code reportlint check --fix} would write it (passes
     * repeated until nothing more applies); empty when there is nothing to fix or the configuration is broken.
     */
    Optional<String> fixAll(OpenDocument document, ServerSettings settings) {
        DocumentPath path = document.path();
        Optional<Path> explicit = settings.configPath().map(path.base()::resolve);
        FileSettings fileSettings;
        try {
            fileSettings = new ConfigResolver(registry, explicit, Map.of(), path.base()).settingsFor(path.file());
        } catch (ConfigException invalid) {
            return Optional.empty();
        }
        FileFixer.Outcome outcome = FileFixer.fix(new Linter(), path.name(), bytes(document), fileSettings);
        return outcome.changed() ? Optional.of(outcome.after()) : Optional.empty();
    }

    /** The bytes the editor would save: the file's own encoding and byte order mark, else UTF-8. */
    static byte[] bytes(OpenDocument document) {
        Charset charset = document.charset();
        String text = document.byteOrderMark() ? "\uFEFF" + document.text() : document.text();
        return text.getBytes(charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static CheckResult failed(OpenDocument document, String why) {
        return new CheckResult(document, Optional.empty(), List.of(), Optional.empty(), Optional.of(why));
    }
}
