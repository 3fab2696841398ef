package org.reportlint.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.reportlint.core.baseline.Baseline;
import org.reportlint.core.baseline.BaselineFile;
import org.reportlint.core.fix.AtomicFileWriter;
import org.reportlint.core.result.LintResult;

/** Reads the baseline file before a run, or rewrites it from the run's findings. */
final class BaselineStep {

    private BaselineStep() {
    }

    /** Reads the baseline before linting, so a broken one stops the run with nothing done. */
    static Optional<Baseline> load(Path file, boolean update) throws UsageException {
        if (update && !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(file));
        } catch (BaselineFile.BaselineException invalid) {
            throw new UsageException(invalid.getMessage());
        }
    }

    /** Writes the baseline that accepts every finding of {@code result} to {@code file}, and returns it. */
    static Baseline record(Path file, LintResult result) throws UsageException {
        Baseline recorded = Baseline.of(result);
        byte[] text = BaselineFile.format(recorded).getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(file)) {
                AtomicFileWriter.write(file, text);
            } else {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(file, text);
            }
        } catch (IOException failure) {
            throw new UsageException("cannot write baseline " + file + ": " + failure.getMessage());
        }
        return recorded;
    }
}
