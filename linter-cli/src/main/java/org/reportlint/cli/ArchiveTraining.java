package org.reportlint.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * The build's training run for the class-data sharing archive: the JVM started with
 * {@code -XX:DumpLoadedClassList} lists every class loaded before it exits, and the build archives those, so this
 * runs the command line the ways users do (a check with and without the subcommand's name, in the default, JSON and
 * SARIF formats, the rules list) over the sample reports it is given. Output is discarded and the exit code is always 0: findings in the samples are expected, and a failed
 * training run must not fail the build, it only makes the archive smaller.
 */
public final class ArchiveTraining {
    private static final List<List<String>> RUNS = List.of(
            List.of(),
            List.of("check"),
            List.of("check", "--format", "json"),
            List.of("check", "--format", "sarif"),
            List.of("rules"));

    private ArchiveTraining() {
    }

    public static void main(String[] samples) {
        for (List<String> run : RUNS) {
            List<String> args = new ArrayList<>(run);
            if (!run.contains("rules")) {
                args.addAll(Arrays.asList(samples));
            }
            CommandLine commandLine = ReportlintCommand.newCommandLine(CliEnvironment.system(), args.toArray(String[]::new));
            commandLine.setOut(new PrintWriter(Writer.nullWriter()));
            commandLine.setErr(new PrintWriter(Writer.nullWriter()));
            commandLine.execute(args.toArray(String[]::new));
        }
    }
}
