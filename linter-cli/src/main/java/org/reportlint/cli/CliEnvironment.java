package org.reportlint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.format.FormatterRegistry;

/**
 * What the commands take from the process around them, so tests can supply their own.
 *
 * @param workingDirectory what relative paths are resolved against
 * @param stdin where {@code -} reads from
 * @param terminal whether standard output is a terminal, which turns colors on by default
 * @param rules the rules available, loaded when a command needs them
 * @param formats the report formats available, loaded when a command needs them
 * @param variables the process's environment variables ({@code GITHUB_STEP_SUMMARY})
 */
public record CliEnvironment(Path workingDirectory, Supplier<InputStream> stdin, boolean terminal,
                             Supplier<RuleRegistry> rules, Supplier<FormatterRegistry> formats,
                             Map<String, String> variables) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** An environment with no environment variables. */
    public CliEnvironment(Path workingDirectory, Supplier<InputStream> stdin, boolean terminal,
                          Supplier<RuleRegistry> rules, Supplier<FormatterRegistry> formats) {
        this(workingDirectory, stdin, terminal, rules, formats, Map.of());
    }

    /** An environment with the report formats of the class path. */
    public CliEnvironment(Path workingDirectory, Supplier<InputStream> stdin, boolean terminal,
                          Supplier<RuleRegistry> rules) {
        this(workingDirectory, stdin, terminal, rules,
                () -> FormatterRegistry.load(CliEnvironment.class.getClassLoader()));
    }

    /** The same environment with these variables. */
    public CliEnvironment withVariables(Map<String, String> values) {
        return new CliEnvironment(workingDirectory, stdin, terminal, rules, formats, values);
    }

    /** The real process: current directory, standard input, and the rules and formats on the class path. */
    public static CliEnvironment system() {
        return new CliEnvironment(Path.of("").toAbsolutePath(), () -> System.in, System.console() != null,
                () -> RuleRegistry.load(CliEnvironment.class.getClassLoader())).withVariables(System.getenv());
    }
}
