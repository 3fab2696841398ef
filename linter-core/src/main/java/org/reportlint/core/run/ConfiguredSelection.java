package org.reportlint.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigFile;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.files.FileCollector;
import org.reportlint.core.files.FolderGlobs;
import org.reportlint.core.files.FolderSelection;

/**
 * The include and exclude globs of each walked folder: those of the request (command line, Maven goal) relative to
 * the walked folder; else those of the nearest config of the folder that has them, relative to that config's folder,
 * so that a nested {@code .reportlint.json} chooses the files of its own folder; else the defaults. Include and
 * exclude are looked up separately: a nested config with only {@code exclude} keeps the outer {@code include}.
 */
final class ConfiguredSelection implements FolderSelection {
    private final ConfigResolver resolver;
    private final Optional<List<String>> includes;
    private final Optional<List<String>> excludes;

    ConfiguredSelection(ConfigResolver resolver, Optional<List<String>> includes, Optional<List<String>> excludes) {
        this.resolver = resolver;
        this.includes = includes;
        this.excludes = excludes;
    }

    @Override
    public Globs in(Path folder) throws InvalidSelectionException {
        List<ConfigFile> chain;
        try {
            chain = resolver.chainFor(folder);
        } catch (ConfigException invalid) {
            throw new InvalidSelectionException(invalid.getMessage());
        }
        return new Globs(globs(chain, includes, true, FileCollector.DEFAULT_INCLUDES),
                globs(chain, excludes, false, FileCollector.DEFAULT_EXCLUDES));
    }

    /** The include globs as written, for a message about a folder where they matched nothing. */
    List<String> includesAt(Path folder) {
        if (includes.isPresent()) {
            return includes.get();
        }
        try {
            return innermost(resolver.chainFor(folder.toAbsolutePath().normalize()), true)
                    .map(ConfigFile::include).flatMap(globs -> globs).orElse(FileCollector.DEFAULT_INCLUDES);
        } catch (ConfigException invalid) {
            return FileCollector.DEFAULT_INCLUDES;
        }
    }

    private static FolderGlobs globs(List<ConfigFile> chain, Optional<List<String>> requested, boolean include,
                                     List<String> defaults) {
        if (requested.isPresent()) {
            return FolderGlobs.ofWalkedFolder(requested.get());
        }
        Optional<ConfigFile> config = innermost(chain, include);
        if (config.isEmpty()) {
            return FolderGlobs.ofWalkedFolder(defaults);
        }
        return FolderGlobs.of(config.get().directory(),
                (include ? config.get().include() : config.get().exclude()).orElseThrow());
    }

    private static Optional<ConfigFile> innermost(List<ConfigFile> chain, boolean include) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            ConfigFile config = chain.get(i);
            if ((include ? config.include() : config.exclude()).isPresent()) {
                return Optional.of(config);
            }
        }
        return Optional.empty();
    }
}
