package org.reportlint.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    /**
     * The subcommands, in the order help lists them. They are registered on the command line, not in the annotation,
     * so that a run builds only the ones its arguments can reach: picocli builds a command's whole model (options,
     * mixins, annotations) when it is registered, and for a small file that was a fifth of the start-up.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, MergeCommand.class,
            CompareCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class, LspCommand.class);
    /** Arguments after which every subcommand must be known: help lists them all. */
    private static final Set<String> HELP = Set.of("-h", "--help");

    /** A command line ready to execute, with every subcommand: exit codes and error messages as DESIGN.md wants. */
    public static CommandLine newCommandLine(CliEnvironment environment) {
        return newCommandLine(environment, SUBCOMMANDS);
    }

    /**
     * A command line that executes {@code args} exactly as {@link #newCommandLine(CliEnvironment)}'s does, with only
     * the subcommands it can reach: picocli matches a subcommand by its exact name, so one whose name is not among
     * the arguments cannot run. Help and argument files ({@code @file}, whose contents are not read here) get all.
     */
    public static CommandLine newCommandLine(CliEnvironment environment, String... args) {
        List<String> given = Arrays.asList(args);
        boolean all = given.stream().anyMatch(arg -> HELP.contains(arg) || arg.startsWith("@"));
        return newCommandLine(environment, all ? SUBCOMMANDS : SUBCOMMANDS.stream()
                .filter(command -> given.contains(command.getAnnotation(Command.class).name())).toList());
    }

    private static CommandLine newCommandLine(CliEnvironment environment, List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new ReportlintCommand(environment));
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setParameterExceptionHandler(new CommandErrors());
        commandLine.setExecutionExceptionHandler(new CommandErrors());
        FormatHelp.addTo(commandLine, environment);
        for (String withFormats : List.of("check", "merge")) {
            CommandLine sub = commandLine.getSubcommands().get(withFormats);
            if (sub != null) {
                FormatHelp.addTo(sub, environment);
            }
        }
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
