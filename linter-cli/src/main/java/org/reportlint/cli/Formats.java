package org.reportlint.cli;

import java.util.ServiceConfigurationError;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.run.UsageException;

/** Loads the report formats for a command, turning a broken format jar into a one-line usage error. */
final class Formats {
    /** The format written to standard output when no {@code -f} goes there. */
    static final String DEFAULT = "text";

    private Formats() {
    }

    static FormatterRegistry load(CliEnvironment environment) throws UsageException {
        try {
            return environment.formats().get();
        } catch (IllegalStateException | ServiceConfigurationError broken) {
            throw new UsageException("cannot load report formats: " + broken.getMessage());
        }
    }
}
