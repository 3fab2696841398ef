package org.reportlint.core.files;

import java.util.Optional;

/**
 * One ignore file in force during a walk, with where its folder is relative to the walked folder, so that a path
 * relative to the walked folder can be turned into a path relative to the ignore file's folder.
 *
 * @param ignore the patterns
 * @param above the path from the ignore file's folder down to the walked folder, with a trailing {@code /}; empty
 *     when the ignore file is in the walked folder or below it
 * @param below the path from the walked folder down to the ignore file's folder, with a trailing {@code /}; empty
 *     when the ignore file is in the walked folder or above it
 */
record IgnoreScope(GitIgnore ignore, String above, String below) {

    /** What this file says about a path under the walked folder ({@code /}-separated, relative to it). */
    Optional<Boolean> ignores(String relative, boolean directory) {
        return ignore.ignores(above + relative.substring(below.length()), directory);
    }
}
