package org.reportlint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.reportlint.core.config.RuleRegistry;
import picocli.CommandLine;

/** Runs the real command line in-process, in a folder of its own, with captured output. */
final class CliRun {
    private final Path directory;
    private Supplier<InputStream> stdin = () -> new ByteArrayInputStream(new byte[0]);
    private Supplier<RuleRegistry> rules = CliRun::everyRule;
    private java.util.Map<String, String> variables = java.util.Map.of();
    private boolean terminal;

    private CliRun(Path directory) {
        this.directory = directory;
    }

    static CliRun in(Path directory) {
        return new CliRun(directory);
    }

    /** Only the test rules of {@code org.reportlint.cli.testrules}, found by ServiceLoader like any rule jar. */
    CliRun testRulesOnly() {
        rules = () -> {
            RuleRegistry every = everyRule();
            return RuleRegistry.of(every.rules().stream().filter(rule -> rule.metadata().id().startsWith("test-"))
                    .toList(), every.crossDocumentRules().stream()
                    .filter(rule -> rule.metadata().id().startsWith("test-")).toList());
        };
        return this;
    }

    CliRun stdin(String text) {
        return stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    CliRun stdin(byte[] bytes) {
        byte[] copy = bytes.clone();
        return stdin(() -> new ByteArrayInputStream(copy));
    }

    CliRun stdin(Supplier<InputStream> source) {
        stdin = source;
        return this;
    }

    /** Environment variables the run sees, such as {@code GITHUB_STEP_SUMMARY}. */
    CliRun variables(java.util.Map<String, String> values) {
        variables = values;
        return this;
    }

    /** Standard output as a terminal, which turns colors on by default. */
    CliRun onATerminal() {
        terminal = true;
        return this;
    }

    /** Rules from a supplier of its own, such as one that fails. */
    CliRun rules(Supplier<RuleRegistry> source) {
        rules = source;
        return this;
    }

    CliRun file(String relative, String content) throws IOException {
        return file(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    CliRun file(String relative, byte[] content) throws IOException {
        Path file = directory.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return this;
    }

    /** Runs {@code args} on the command line {@code Main} builds: only the subcommands the arguments name. */
    Result run(String... args) {
        return run(ReportlintCommand.newCommandLine(environment(), args), args);
    }

    /** Runs {@code args} on a command line with every subcommand registered, as help and tests see it. */
    Result runWithEverySubcommand(String... args) {
        return run(ReportlintCommand.newCommandLine(environment()), args);
    }

    private CliEnvironment environment() {
        return new CliEnvironment(directory, stdin, terminal, rules).withVariables(variables);
    }

    private static Result run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private static RuleRegistry everyRule() {
        return RuleRegistry.load(CliRun.class.getClassLoader());
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }
}
