package org.reportlint.cli;

import java.util.concurrent.Callable;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code reportlint} command. Without a subcommand it checks, so {@code reportlint file.html} is
 * {@code reportlint check file.html}.
 */
@Command(name = "reportlint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, MergeCommand.class, CompareCommand.class, RulesCommand.class,
            ExplainCommand.class, InitCommand.class, LspCommand.class},
        description = "Lints templated reports (HTML, Markdown, text) for placeholders, contradictions, "
                + "malformed markup and encoding damage.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the fail level",
            "1:findings that fail the run",
            "2:invalid usage or configuration (nothing linted)",
            "3:a file could not be read or a rule failed (the rest was linted)"})
public final class ReportlintCommand implements Callable<Integer> {
    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    public ReportlintCommand() {
        this(CliEnvironment.system());
    }

    public ReportlintCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** A command line ready to execute: exit codes and error messages as DESIGN.md wants them. */
    public static CommandLine newCommandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new ReportlintCommand(environment));
        commandLine.setParameterExceptionHandler(new CommandErrors());
        commandLine.setExecutionExceptionHandler(new CommandErrors());
        FormatHelp.addTo(commandLine, environment);
        FormatHelp.addTo(commandLine.getSubcommands().get("check"), environment);
        FormatHelp.addTo(commandLine.getSubcommands().get("merge"), environment);
        return commandLine;
    }

    CliEnvironment environment() {
        return environment;
    }

    /**
     * Fails when check options or paths came before a subcommand ({@code reportlint -f json check}): they belong to
     * the bare command and would be silently ignored otherwise.
     */
    void requireNoArgumentsBefore(String subcommand) throws UsageException {
        ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed != null && (!parsed.matchedOptions().isEmpty() || !parsed.matchedPositionals().isEmpty())) {
            throw new UsageException("options and paths go after the subcommand: reportlint " + subcommand + " ...");
        }
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        return new CheckAction(environment, commandLine.getOut(), commandLine.getErr()).run(options,
                commandLine.getParseResult().originalArgs());
    }
}
