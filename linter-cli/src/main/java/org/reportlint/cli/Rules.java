package org.reportlint.cli;

import java.util.ServiceConfigurationError;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.run.UsageException;

/** Loads the rules for a command, turning a broken rule jar into a one-line usage error. */
final class Rules {

    private Rules() {
    }

    static RuleRegistry load(CliEnvironment environment) throws UsageException {
        try {
            return environment.rules().get();
        } catch (IllegalStateException | ServiceConfigurationError broken) {
            throw new UsageException("cannot load rules: " + broken.getMessage());
        }
    }
}
