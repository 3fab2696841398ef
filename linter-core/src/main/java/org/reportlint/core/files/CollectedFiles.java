package org.reportlint.core.files;

import java.util.List;
import org.reportlint.core.source.SourceInput;

/**
 * What expanding the command-line paths found.
 *
 * @param inputs the files to lint, sorted by display path
 * @param failures paths that were found but could not be walked, such as an unreadable folder
 */
public record CollectedFiles(List<SourceInput> inputs, List<PathFailure> failures) {

    public CollectedFiles {
        inputs = List.copyOf(inputs);
        failures = List.copyOf(failures);
    }

    /** A path that could not be walked, with the one-line reason ({@code cannot read: ...}). */
    public record PathFailure(String path, String reason) {
    }
}
