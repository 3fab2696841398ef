package org.reportlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Starts the command line; the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Reports are UTF-8 whatever the platform's default charset: JSON must be, and text shows document text.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        CommandLine commandLine = ReportlintCommand.newCommandLine(CliEnvironment.system(), args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (OutOfMemoryError exhausted) {
            out.flush();
            err.println("reportlint: out of memory; give Java more heap, e.g. REPORTLINT_JAVA_OPTS=-Xmx4g, "
                    + "or lint fewer files at once");
            exitCode = 3;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
