package org.reportlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.run.UsageException;

/** Where the reports of a run go: each {@code -f FMT=FILE} to its file, at most one format to standard output. */
final class ReportOutput {
    private final List<FormatTarget> targets;
    private final Path workingDirectory;
    private final PrintWriter out;

    private ReportOutput(List<FormatTarget> targets, Path workingDirectory, PrintWriter out) {
        this.targets = List.copyOf(targets);
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    /** The outputs the {@code --format} values ask for; text on standard output when none goes there. */
    static ReportOutput of(List<String> formats, FormatterRegistry registry, Path workingDirectory, PrintWriter out)
            throws UsageException {
        return new ReportOutput(targets(formats, registry), workingDirectory, out);
    }

    private static List<FormatTarget> targets(List<String> formats, FormatterRegistry registry)
            throws UsageException {
        List<FormatTarget> targets = new ArrayList<>();
        for (String format : formats) {
            targets.add(FormatTarget.parse(format, registry));
        }
        if (targets.stream().noneMatch(t -> t.file().isEmpty())) {
            targets.add(FormatTarget.parse(Formats.DEFAULT, registry));
        }
        if (targets.stream().filter(t -> t.file().isEmpty()).count() > 1) {
            throw new UsageException("only one format can go to standard output; write the others to files "
                    + "with FMT=FILE");
        }
        return targets;
    }

    /** Writes the report files first, so that a file that cannot be written stops the run before stdout is used. */
    void write(LintResult result, FormatContext terminal) throws UsageException {
        FormatContext file = terminal.withoutColor();
        for (FormatTarget target : targets) {
            if (target.file().isPresent()) {
                Path path = workingDirectory.resolve(target.file().get());
                try {
                    try (java.io.Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                        target.format().create(file).write(result, writer);
                    }
                } catch (IOException failure) {
                    throw new UsageException("cannot write " + target.file().get() + ": " + IoReasons.of(failure));
                }
            }
        }
        for (FormatTarget target : targets) {
            if (target.file().isEmpty()) {
                try {
                    target.format().create(terminal).write(result, out);
                } catch (IOException failure) {
                    throw new UsageException("cannot write the report: " + IoReasons.of(failure));
                }
                out.flush();
            }
        }
    }

}
