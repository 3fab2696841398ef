package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line {@code Main} builds registers only the subcommands its arguments name (picocli builds a command's
 * whole model when it is registered); these runs prove that it answers every kind of argument list exactly as the
 * command line with every subcommand does: output, errors and exit code.
 */
class SubcommandRegistrationTest {
    @TempDir
    Path directory;

    static List<List<String>> argumentLists() {
        return List.of(
                List.of("report.html"),
                List.of("check", "report.html"),
                List.of("-f", "json", "report.html"),
                List.of("check", "-f", "json", "report.html"),
                // A subcommand after options of the bare command is an error, which needs the subcommand known.
                List.of("-f", "json", "check", "report.html"),
                List.of("report.html", "check"),
                List.of("rules"),
                List.of("explain", "placeholder"),
                List.of("check", "rules"),
                List.of("--help"),
                List.of("-h"),
                List.of("check", "--help"),
                List.of("merge", "--help"),
                List.of("--version"),
                List.of("chek", "report.html"),
                List.of("--no-such-option"),
                List.of("check", "--no-such-option"),
                List.of("@args.txt"),
                List.of());
    }

    @ParameterizedTest
    @MethodSource("argumentLists")
    void answersAsTheCommandLineWithEverySubcommand(List<String> args) throws IOException {
        CliRun cli = CliRun.in(directory)
                .file("report.html", "<h1>Widget Market</h1><p>The market is worth $xxx million.</p>")
                .file("args.txt", "rules\n");
        String[] given = args.toArray(String[]::new);

        CliRun.Result named = cli.run(given);
        CliRun.Result every = cli.runWithEverySubcommand(given);

        assertEquals(every, named);
    }

    @Test
    void helpListsEverySubcommand() {
        String help = CliRun.in(directory).run("--help").out();

        String commands = help.substring(help.indexOf("Commands:"));
        for (String name : List.of("check", "merge", "compare", "rules", "explain", "init", "lsp")) {
            assertTrue(commands.matches("(?s).*\\n  " + name + " .*"), name + " missing from:\n" + help);
        }
    }
}
