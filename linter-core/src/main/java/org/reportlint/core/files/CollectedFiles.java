package org.reportlint.core.files;

import java.util.List;
import org.reportlint.core.source.SourceInput;

/**
 * What expanding the command-line paths found.
 *
 * @param inputs the files to lint, sorted by display path
 * @param failures paths that were found but could not be walked, such as an unreadable folder
 * @param skipped paths the walk did not enter on purpose, such as a link to a folder outside the walked tree
 * @param unmatched the command-line paths and globs that gave nothing at all: no file, failure or skipped path
 */
public record CollectedFiles(List<SourceInput> inputs, List<PathFailure> failures, List<SkippedPath> skipped,
                             List<String> unmatched) {

    public CollectedFiles {
        inputs = List.copyOf(inputs);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
        unmatched = List.copyOf(unmatched);
    }

    /** What paths that all matched something found. */
    public CollectedFiles(List<SourceInput> inputs, List<PathFailure> failures, List<SkippedPath> skipped) {
        this(inputs, failures, skipped, List.of());
    }

    /** A path left out on purpose, with the one-line notice that says why. */
    public record SkippedPath(String path, String notice) {
    }

    /** A path that could not be walked, with the one-line reason ({@code cannot read: ...}). */
    public record PathFailure(String path, String reason) {
    }
}
