package org.reportlint.core.files;

import java.util.List;
import org.reportlint.core.source.SourceInput;

/**
 * What expanding the command-line paths found.
 *
 * @param inputs the files to lint, sorted by display path
 * @param failures paths that were found but could not be walked, such as an unreadable folder
 * @param skipped paths the walk did not enter on purpose, such as a link to a folder outside the walked tree
 */
public record CollectedFiles(List<SourceInput> inputs, List<PathFailure> failures, List<SkippedPath> skipped) {

    public CollectedFiles {
        inputs = List.copyOf(inputs);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /** A path left out on purpose, with the one-line notice that says why. */
    public record SkippedPath(String path, String notice) {
    }

    /** A path that could not be walked, with the one-line reason ({@code cannot read: ...}). */
    public record PathFailure(String path, String reason) {
    }
}
