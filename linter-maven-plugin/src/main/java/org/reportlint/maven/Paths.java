package org.reportlint.maven;

import java.io.File;
import java.nio.file.Path;

/** Paths as the goals resolve and show them. */
final class Paths {

    private Paths() {
    }

    /** A configured file, resolved against the project folder. */
    static Path absolute(Path base, File file) {
        return base.resolve(file.toPath()).toAbsolutePath().normalize();
    }

    /** A path as the log shows it: relative to the project folder when inside it, else absolute. */
    static String display(Path base, Path path) {
        if (path.startsWith(base)) {
            String relative = base.relativize(path).toString();
            return relative.isEmpty() ? "." : relative;
        }
        return path.toString();
    }
}
