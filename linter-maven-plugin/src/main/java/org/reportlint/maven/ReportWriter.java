package org.reportlint.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;

/** Writes a run's report files, one per format, into the output folder with the core's formatters. */
final class ReportWriter {
    private final Path outputDirectory;
    private final FormatContext context;

    /**
     * @param outputDirectory where the files go; created when missing
     * @param context the tool version and rule metadata the reports use (never colors: these are files)
     */
    ReportWriter(Path outputDirectory, FormatContext context) {
        this.outputDirectory = outputDirectory;
        this.context = context.withoutColor();
    }

    /** Writes one UTF-8 file per format, replacing any earlier one, and returns the files written. */
    List<Path> write(LintResult result, List<FormatterProvider> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        Files.createDirectories(outputDirectory);
        for (FormatterProvider format : formats) {
            Path file = outputDirectory.resolve(ReportFormats.fileName(format));
            try (java.io.Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.create(context).write(result, writer);
            }
            written.add(file);
        }
        return written;
    }
}
