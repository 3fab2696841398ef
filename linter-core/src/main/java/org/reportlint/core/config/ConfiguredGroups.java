package org.reportlint.core.config;

import java.nio.file.Path;
import java.util.List;
import org.reportlint.core.result.DocumentGroups;

/**
 * The document groups of a run: the {@code groups} of the innermost configuration that applies to the folder the run
 * is in (or of {@code --config}) that has any, else groups by top-level folder. Its globs are relative to that
 * configuration's folder, as {@code include} and {@code exclude} are; reported paths are relative to the run's folder.
 */
public final class ConfiguredGroups {

    private ConfiguredGroups() {
    }

    /**
     * @param chain the configuration files that apply in {@code workingDirectory}, outermost first
     * @param workingDirectory the folder reported paths are relative to
     */
    public static DocumentGroups of(List<ConfigFile> chain, Path workingDirectory) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            ConfigFile config = chain.get(i);
            if (!config.groups().isEmpty()) {
                Path base = config.directory().toAbsolutePath().normalize();
                Path from = workingDirectory.toAbsolutePath().normalize();
                return DocumentGroups.configured(config.groups(), path -> relative(base, from, path));
            }
        }
        return DocumentGroups.byFolder();
    }

    private static String relative(Path base, Path from, String path) {
        try {
            Path file = from.resolve(path).normalize();
            return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException notAPath) {
            return path; // such as "<stdin>" on Windows: matched as it is written
        }
    }
}
