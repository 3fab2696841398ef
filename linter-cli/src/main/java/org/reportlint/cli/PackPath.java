package org.reportlint.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.config.RulePacks;
import org.reportlint.core.run.UsageException;

/**
 * {@code --pack-path}: jars and folders that hold rule packs ({@code reportlint-pack/NAME/reportlint.json}), searched
 * after the class path, which already holds the jars of {@code REPORTLINT_CLASSPATH}.
 */
final class PackPath {

    private PackPath() {
    }

    /**
     * The packs of the class path and of {@code paths} (each one path, or several joined by the system's path
     * separator, as in a class path), relative to the working directory; a path that does not exist is a usage error.
     */
    static RulePacks of(List<String> paths, Path workingDirectory) throws UsageException {
        List<Path> roots = new ArrayList<>();
        for (String given : paths) {
            for (String part : given.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                if (part.isEmpty()) {
                    continue;
                }
                Path root = workingDirectory.resolve(part);
                if (!Files.isDirectory(root) && !Files.isRegularFile(root)) {
                    throw new UsageException("--pack-path " + part + ": no such jar or folder");
                }
                roots.add(root);
            }
        }
        return RulePacks.on(PackPath.class.getClassLoader(), roots);
    }
}
