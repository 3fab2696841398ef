package org.reportlint.cli;

import java.io.PrintWriter;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.run.UnmatchedPathException;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on standard error and an exit code: bad arguments exit 2 with a pointer to
 * {@code --help}; anything unexpected exits 3, with its stack trace only under {@code --debug}.
 */
final class CommandErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Prints a usage error as one line and returns its exit code, 2. */
    static int usage(PrintWriter err, UsageException failure) {
        // The core's message is neutral; how to allow an unmatched path is this front end's flag.
        String hint = failure instanceof UnmatchedPathException ? "; pass --no-error-on-unmatched-pattern to allow it" : "";
        err.println("reportlint: " + failure.getMessage() + hint);
        err.flush();
        return FailPolicy.EXIT_USAGE;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("reportlint: " + firstLine(failure.getMessage()));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return FailPolicy.EXIT_USAGE;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage());
        err.println("reportlint: internal error: " + failure.getClass().getSimpleName() + message);
        if (debug(parseResult)) {
            failure.printStackTrace(err);
        } else {
            err.println("Run again with --debug for the stack trace.");
        }
        err.flush();
        return FailPolicy.EXIT_INCOMPLETE;
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid arguments";
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
