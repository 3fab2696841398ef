package org.reportlint.core.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a configuration's text comes from: a file, a URL, or a resource on a class path (a shared config jar that
 * a build adds as a plugin dependency). A config that {@code extends} another names it relative to itself, and
 * {@link #resolve} finds it in the same place: next to a file, under the same URL, in the same class path.
 *
 * <p>Implementations are values: two sources for the same text are equal, which keeps a config read once and lets
 * a cycle of {@code extends} be seen.
 */
public interface ConfigSource {

    /** A configuration file on disk. */
    static ConfigSource file(Path path) {
        return new FileConfigSource(path.toAbsolutePath().normalize());
    }

    /** A configuration at a URL ({@code file:}, {@code jar:}, {@code http:}...). */
    static ConfigSource url(URI uri) {
        return new UrlConfigSource(uri.normalize());
    }

    /**
     * A configuration resource of {@code loader}'s class path, such as {@code reportlint/shared.json}; a leading
     * {@code /} is ignored.
     */
    static ConfigSource classPath(String resource, ClassLoader loader) {
        return ClassPathConfigSource.of(resource, loader);
    }

    /** The text, read as UTF-8. */
    String read() throws IOException;

    /** The source that {@code reference}, written in this config, names: a path relative to this one's folder. */
    ConfigSource resolve(String reference);

    /** The file this is, for a source on disk. */
    Optional<Path> file();

    /** How messages name it; {@code displayBase} shortens paths of files inside it. */
    String shown(Path displayBase);

    /**
     * Where it was read from, for {@code --print-config}: {@link #shown} and, when that does not say it, the jar or
     * folder it came from.
     */
    default String origin(Path displayBase) {
        return shown(displayBase);
    }

    /** The last part of its name, such as {@code shared.json}. */
    String fileName();
}
