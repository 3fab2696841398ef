package org.reportlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportlint.core.compare.ComparisonHtml;
import org.reportlint.core.compare.ComparisonReport;
import org.reportlint.core.compare.ReportComparison;
import org.reportlint.core.compare.ReportSnapshot;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reportlint compare OLD.json NEW.json}: which findings are new, resolved and unchanged. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare two JSON reports (check -f json=FILE): findings new, resolved and unchanged, matched "
                + "by path, rule and fingerprint (the flagged text and its surroundings), not by line, per rule and "
                + "per document."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no new finding at or above --fail-on",
            "1:new findings at or above --fail-on",
            "2:invalid usage, or a file that is not a JSON report"})
public final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    ReportlintCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier JSON report.")
    String oldReport;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later JSON report.")
    String newReport;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "text",
            description = "text (default), json, markdown or html (a self-contained page).")
    String format;

    @Option(names = {"-o", "--output-file"}, paramLabel = "FILE", description = "Write the comparison to FILE.")
    String outputFile;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest severity of a new finding that fails: error (default), warning, info or never.")
    String failOn;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        Path base = parent.environment().workingDirectory();
        try {
            parent.requireNoArgumentsBefore("compare");
            // The same --fail-on as check and merge, parsed and refused in one place.
            Optional<Severity> level = CheckAction.failPolicy(failOn, -1).failOn();
            ReportComparison comparison = ReportComparison.of(read(base, oldReport), read(base, newReport));
            String report = switch (format) {
                case "text" -> ComparisonReport.text(comparison);
                case "json" -> ComparisonReport.json(comparison);
                case "markdown" -> ComparisonReport.markdown(comparison);
                case "html" -> ComparisonHtml.page(comparison);
                default -> throw new UsageException("unknown compare format \"" + format
                        + "\" (use text, json, markdown or html)");
            };
            if (outputFile != null) {
                try {
                    Path target = base.resolve(outputFile);
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.writeString(target, report);
                } catch (IOException unwritable) {
                    throw new UsageException("cannot write " + outputFile + ": " + IoReasons.of(unwritable));
                }
            } else {
                out.print(report);
                out.flush();
            }
            return comparison.hasNewAtLeast(level) ? FailPolicy.EXIT_FINDINGS : FailPolicy.EXIT_OK;
        } catch (UsageException usage) {
            return CommandErrors.usage(err, usage);
        }
    }

    /** A JSON report read back, or a usage error naming the file and what is wrong. */
    static ReportSnapshot read(Path base, String name) throws UsageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(base.resolve(name));
        } catch (IOException unreadable) {
            throw new UsageException("cannot read " + name + ": " + IoReasons.of(unreadable));
        }
        try {
            return ReportSnapshot.read(bytes);
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(name + ": " + invalid.getMessage());
        }
    }
}
