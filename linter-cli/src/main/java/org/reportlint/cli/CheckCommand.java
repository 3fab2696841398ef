package org.reportlint.cli;

import java.util.concurrent.Callable;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reportlint check}: lints files and folders and reports what it found. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint files and folders (default: .); '-' reads standard input.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the fail level",
            "1:findings that fail the run",
            "2:invalid usage or configuration (nothing linted)",
            "3:a file could not be read or a rule failed (the rest was linted)"})
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    ReportlintCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        try {
            parent.requireNoArgumentsBefore("check");
        } catch (UsageException misplaced) {
            return CommandErrors.usage(commandLine.getErr(), misplaced);
        }
        return new CheckAction(parent.environment(), commandLine.getOut(), commandLine.getErr()).run(options,
                commandLine.getParseResult().originalArgs());
    }
}
