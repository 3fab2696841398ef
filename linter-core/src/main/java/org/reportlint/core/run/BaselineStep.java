package org.reportlint.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.Baseline;
import org.reportlint.core.baseline.BaselineEntry;
import org.reportlint.core.baseline.BaselineFile;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.fix.AtomicFileWriter;

/** Filters a result through a baseline file, or rewrites the file from the result. */
final class BaselineStep {

    record Outcome(LintResult result, List<BaselineEntry> prunable, Optional<Path> written) {
    }

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

    static Outcome apply(Path file, Optional<Baseline> existing, boolean update, LintResult result)
            throws UsageException {
        if (!update) {
            Baseline.Filtered filtered = existing.orElseThrow().filter(result);
            return new Outcome(filtered.result(), filtered.prunable(), Optional.empty());
        }
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
        // Everything found is now accepted; the run reports what the new baseline does not cover (nothing).
        Baseline.Filtered filtered = recorded.filter(result);
        return new Outcome(filtered.result(), List.of(), Optional.of(file));
    }
}
