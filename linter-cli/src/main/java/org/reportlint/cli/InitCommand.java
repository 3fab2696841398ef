package org.reportlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code reportlint init}: writes a commented starter {@code .reportlint.json}, never over an existing one. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a commented starter .reportlint.json in the current directory.")
public final class InitCommand implements Callable<Integer> {

    @ParentCommand
    ReportlintCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Overwrite an existing .reportlint.json.")
    boolean force;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        CliEnvironment environment = parent.environment();
        Path file = environment.workingDirectory().resolve(ConfigResolver.FILE_NAME);
        String text;
        try {
            text = starter(Rules.load(environment));
        } catch (UsageException broken) {
            return CommandErrors.usage(commandLine.getErr(), broken);
        }
        try {
            if (force) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException exists) {
            commandLine.getErr().println("reportlint: " + ConfigResolver.FILE_NAME
                    + " already exists; use --force to overwrite it");
            commandLine.getErr().flush();
            return FailPolicy.EXIT_USAGE;
        } catch (IOException failure) {
            commandLine.getErr().println("reportlint: cannot write " + file + ": " + failure.getMessage());
            commandLine.getErr().flush();
            return FailPolicy.EXIT_USAGE;
        }
        commandLine.getOut().println("Wrote " + ConfigResolver.FILE_NAME);
        commandLine.getOut().flush();
        return FailPolicy.EXIT_OK;
    }

    /** The starter file: every rule at its default level, each with its summary as a comment. */
    static String starter(RuleRegistry registry) {
        StringBuilder rules = new StringBuilder();
        List<RuleMetadata> known = new ArrayList<>(registry.rules().stream().map(r -> r.metadata()).toList());
        registry.crossDocumentRules().forEach(rule -> known.add(rule.metadata()));
        known.sort(Comparator.comparing(RuleMetadata::id));
        for (RuleMetadata metadata : known) {
            String level = metadata.recommended() ? metadata.defaultSeverity().id() : "off";
            rules.append("    // ").append(metadata.summary()).append('\n')
                    .append("    \"").append(metadata.id()).append("\": \"").append(level).append("\",\n");
        }
        return """
                // reportlint configuration: https://github.com/reportlint/reportlint#configuration
                // Comments and trailing commas are allowed.
                {
                  // Stop looking for .reportlint.json files in parent folders.
                  "root": true,
                  // Start from a preset: "recommended", "all" or "none".
                  "extends": "recommended",
                  // Each rule: "off", "info", "warning", "error", or [level, {options}] (see: reportlint explain ID).
                  "rules": {
                %s  },
                  // Which files a folder walk lints, and which it skips.
                  "include": ["**/*.html", "**/*.htm", "**/*.xhtml", "**/*.md", "**/*.markdown", "**/*.txt"],
                  "exclude": ["**/node_modules/**", "**/target/**"],
                  // Different settings for some files, e.g. older reports.
                  "overrides": [
                    // {"files": ["legacy/**"], "rules": {"malformed-html": "warning"}},
                  ],
                  // Files to read as another format than detected: "html", "markdown" or "text".
                  "formats": {
                    // "**/*.txt": "markdown",
                  },
                }
                """.formatted(rules);
    }
}
