package org.reportlint.cli.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigParser;
import org.reportlint.core.config.RuleRegistry;

/**
 * Shows configuration mistakes as diagnostics on the {@code .reportlint.json} they are in, at their line and column,
 * and clears them once the file is valid (or gone). Every config file a document was configured by, or failed on,
 * is remembered and checked again whenever configuration changes.
 */
final class ConfigDiagnostics {
    private final RuleRegistry registry;
    private final BiConsumer<String, List<Diagnostic>> publish;
    private final Set<Path> known = ConcurrentHashMap.newKeySet();
    /** Word list files ({@code vocabularies}) a check failed on: not configs, so never parsed as one. */
    private final Set<Path> wordLists = ConcurrentHashMap.newKeySet();

    ConfigDiagnostics(RuleRegistry registry, BiConsumer<String, List<Diagnostic>> publish) {
        this.registry = registry;
        this.publish = publish;
    }

    /** Publishes the state of the config files a check used or failed on, when they are new to the server. */
    void sawCheck(CheckResult checked) {
        checked.configError().ifPresent(located -> {
            (isConfig(located.file()) ? known : wordLists).add(located.file());
            publish.accept(DiagnosticMapper.uriOf(located.file()), List.of(diagnostic(located.error())));
        });
        for (Path source : checked.configSources()) {
            if (known.add(source)) {
                validate(source);
            }
        }
    }

    /** Checks every known config file again, and {@code changed} too. */
    void revalidate(Set<Path> changed) {
        known.addAll(changed);
        known.forEach(this::validate);
        // A word list's mistake stays shown until configuration changes; the checks that follow report it again
        // while it is there.
        wordLists.forEach(file -> publish.accept(DiagnosticMapper.uriOf(file), List.of()));
        wordLists.clear();
    }

    private static boolean isConfig(Path file) {
        Path name = file.getFileName();
        return name == null || name.toString().endsWith(".json");
    }

    private void validate(Path file) {
        String uri = DiagnosticMapper.uriOf(file);
        if (!Files.isRegularFile(file)) {
            publish.accept(uri, List.of());
            return;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ConfigParser.parse(file, file.getFileName().toString(), text, registry);
            publish.accept(uri, List.of());
        } catch (ConfigException invalid) {
            publish.accept(uri, List.of(diagnostic(invalid)));
        } catch (IOException | RuntimeException unreadable) {
            publish.accept(uri, List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                    "cannot read: " + unreadable.getMessage(), DiagnosticSeverity.Error, DiagnosticMapper.SOURCE)));
        }
    }

    private static Diagnostic diagnostic(ConfigException invalid) {
        int line = Math.max(0, invalid.line() - 1);
        int column = Math.max(0, invalid.column() - 1);
        Diagnostic diagnostic = new Diagnostic(new Range(new Position(line, column), new Position(line, column + 1)),
                invalid.reason(), DiagnosticSeverity.Error, DiagnosticMapper.SOURCE);
        diagnostic.setCode(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft("config"));
        return diagnostic;
    }
}
