package org.reportlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.ResultSink;
import org.reportlint.core.result.Summary;
import org.reportlint.core.run.UsageException;

/**
 * Where the reports of a run go: each {@code -f FMT=FILE} to its file, at most one format to standard output. The
 * reports are written while the run goes on, each file's part as its result arrives, as far as each format allows.
 */
final class ReportOutput {
    private final List<FormatTarget> targets;
    private final Path workingDirectory;
    private final PrintWriter out;

    private ReportOutput(List<FormatTarget> targets, Path workingDirectory, PrintWriter out) {
        this.targets = List.copyOf(targets);
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    /** The outputs the {@code --format} values ask for; text on standard output when none is given. */
    static ReportOutput of(List<String> formats, FormatterRegistry registry, Path workingDirectory, PrintWriter out)
            throws UsageException {
        return of(formats, Optional.empty(), registry, workingDirectory, out);
    }

    /**
     * The outputs the {@code --format} values ask for, with the one meant for standard output written to
     * {@code outputFile} instead when that is given ({@code --output-file}, as in ESLint).
     */
    static ReportOutput of(List<String> formats, Optional<String> outputFile, FormatterRegistry registry,
                           Path workingDirectory, PrintWriter out) throws UsageException {
        return new ReportOutput(targets(formats, outputFile, registry), workingDirectory, out);
    }

    /**
     * The same outputs and, when the run annotates a GitHub workflow ({@code -f github}) and Actions names a job
     * summary file, the {@code markdown} summary added to the end of that file.
     */
    ReportOutput withStepSummary(Optional<String> summaryFile, FormatterRegistry registry) {
        boolean annotates = targets.stream().anyMatch(target -> target.format().id().equals("github"));
        boolean summarised = targets.stream().anyMatch(target -> target.format().id().equals("markdown"));
        Optional<FormatterProvider> markdown = registry.find("markdown");
        if (summaryFile.isEmpty() || summaryFile.get().isBlank() || !annotates || summarised
                || markdown.isEmpty()) {
            return this;
        }
        List<FormatTarget> more = new ArrayList<>(targets);
        more.add(new FormatTarget(markdown.get(), summaryFile, true));
        return new ReportOutput(more, workingDirectory, out);
    }

    private static List<FormatTarget> targets(List<String> formats, Optional<String> outputFile,
                                              FormatterRegistry registry) throws UsageException {
        List<FormatTarget> targets = new ArrayList<>();
        for (String format : formats) {
            targets.add(FormatTarget.parse(format, registry));
        }
        // Only a run with no -f at all gets the default text report: one whose every format goes to a file keeps
        // standard output quiet, so a CI step that writes json=report.json does not also fill its log.
        if (targets.isEmpty()) {
            targets.add(FormatTarget.parse(Formats.DEFAULT, registry));
        }
        if (targets.stream().filter(t -> t.file().isEmpty()).count() > 1) {
            throw new UsageException("only one format can go to standard output; write the others to files "
                    + "with FMT=FILE");
        }
        if (outputFile.isPresent()) {
            if (outputFile.get().isBlank()) {
                throw new UsageException("missing file name after --output-file");
            }
            int standard = indexOfStandardOutput(targets);
            if (standard < 0) {
                throw new UsageException("--output-file has no format to write: every -f names its own file");
            }
            targets.set(standard, new FormatTarget(targets.get(standard).format(), outputFile));
        }
        return targets;
    }

    private static int indexOfStandardOutput(List<FormatTarget> targets) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).file().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Starts the reports; colors, if {@code terminal} wants them, go only to standard output. */
    Writing start(FormatContext terminal) {
        return new Writing(terminal);
    }

    /** Writes the whole of a result that was collected first. */
    void write(LintResult result, FormatContext terminal) throws UsageException {
        try (Writing writing = start(terminal)) {
            result.files().forEach(writing::accept);
            writing.finish(result.summary());
        } catch (ReportWriteException failure) {
            throw new UsageException(failure.getMessage());
        }
    }

    /**
     * The reports of one run being written. The report files are opened with the first result (or at the end when
     * there is none), before anything goes to standard output, so that a file that cannot be created stops the run
     * before standard output is used. A write that fails throws {@link ReportWriteException}; each report file
     * appears only when the run finished it, and closing without finishing leaves none.
     */
    final class Writing implements ResultSink, AutoCloseable {
        private final FormatContext terminal;
        private final List<ReportFile> files = new ArrayList<>();
        private final List<String> fileNames = new ArrayList<>();
        private final List<ReportStream> streams = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        private Writing(FormatContext terminal) {
            this.terminal = terminal;
        }

        @Override
        public void accept(FileResult file) {
            started();
            for (int i = 0; i < streams.size(); i++) {
                try {
                    streams.get(i).file(file);
                } catch (IOException failure) {
                    throw new ReportWriteException(names.get(i), failure);
                }
            }
            out.flush();
        }

        /** Writes the end of every report and closes the report files. */
        void finish(Summary summary) {
            started();
            for (int i = 0; i < streams.size(); i++) {
                try {
                    streams.get(i).finish(summary);
                } catch (IOException failure) {
                    throw new ReportWriteException(names.get(i), failure);
                }
            }
            out.flush();
            for (int i = 0; i < files.size(); i++) {
                try {
                    files.get(i).commit();
                } catch (IOException failure) {
                    throw new ReportWriteException(fileNames.get(i), failure);
                }
            }
        }

        /** Drops every report file not yet in place, so a failed run leaves no partial report behind. */
        @Override
        public void close() {
            files.forEach(ReportFile::abandon);
        }

        private void started() {
            if (!streams.isEmpty()) {
                return;
            }
            FormatContext plain = terminal.withoutColor();
            for (FormatTarget target : targets) {
                if (target.file().isPresent()) {
                    Path path = workingDirectory.resolve(target.file().get());
                    names.add(target.file().get());
                    try {
                        ReportFile file = target.append() ? ReportFile.appendTo(path) : ReportFile.create(path);
                        files.add(file);
                        fileNames.add(target.file().get());
                        streams.add(target.format().create(plain).open(file.writer()));
                    } catch (IOException failure) {
                        throw new ReportWriteException(target.file().get(), failure);
                    }
                }
            }
            for (FormatTarget target : targets) {
                if (target.file().isEmpty()) {
                    names.add(null);
                    streams.add(target.format().create(terminal).open(out));
                }
            }
        }
    }

    /** A report that could not be written; the message names it and says why in one line. */
    static final class ReportWriteException extends UncheckedIOException {
        ReportWriteException(String file, IOException cause) {
            super(file == null ? "cannot write the report: " + IoReasons.of(cause)
                    : "cannot write " + file + ": " + IoReasons.of(cause), cause);
        }
    }
}
