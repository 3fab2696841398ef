package org.reportlint.maven;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.reportlint.core.config.ConfigSource;

/**
 * Finds the configuration a build names, as maven-checkstyle-plugin finds its {@code configLocation}: a file
 * (relative to the project folder), else a URL, else a resource on the plugin's class path, which holds the jars
 * given as dependencies of the plugin (a shared config artifact).
 */
final class ConfigLocations {
    /** The schemes read as URLs; anything else, such as {@code c:} on Windows, is a path or a resource name. */
    private static final Set<String> URL_SCHEMES = Set.of("file", "http", "https", "jar");
    private static final String CLASSPATH = "classpath:";

    private ConfigLocations() {
    }

    /**
     * The configuration to use instead of discovering {@code .reportlint.json} files, if either parameter names one.
     *
     * @param configFile the {@code configFile} parameter: a file that must exist
     * @param configLocation the {@code configLocation} parameter: a file, a URL or a class-path resource
     * @param loader the class path resources are looked up in
     */
    static Optional<ConfigSource> resolve(Path base, File configFile, String configLocation, ClassLoader loader)
            throws MojoExecutionException {
        boolean hasLocation = configLocation != null && !configLocation.isBlank();
        if (configFile != null && hasLocation) {
            throw new MojoExecutionException("reportlint: give configFile or configLocation, not both");
        }
        if (configFile != null) {
            return Optional.of(ConfigSource.file(existingFile(base, configFile.toPath(), "configFile")));
        }
        if (!hasLocation) {
            return Optional.empty();
        }
        String location = configLocation.trim();
        if (location.startsWith(CLASSPATH)) {
            return Optional.of(classPathResource(location.substring(CLASSPATH.length()), loader));
        }
        Optional<URI> url = url(location);
        if (url.isPresent()) {
            return Optional.of(ConfigSource.url(url.get()));
        }
        Optional<Path> file = file(base, location);
        if (file.isPresent() && Files.exists(file.get())) {
            return Optional.of(ConfigSource.file(existingFile(base, file.get(), "configLocation")));
        }
        if (loader.getResource(stripSlash(location)) != null) {
            return Optional.of(ConfigSource.classPath(location, loader));
        }
        throw new MojoExecutionException("reportlint: configLocation " + location + " is neither a file, a URL nor "
                + "a resource on the plugin's class path (add the jar that holds it as a dependency of the plugin)");
    }

    private static ConfigSource classPathResource(String resource, ClassLoader loader)
            throws MojoExecutionException {
        if (loader.getResource(stripSlash(resource)) == null) {
            throw new MojoExecutionException("reportlint: configLocation classpath:" + resource + " is not on the "
                    + "plugin's class path (add the jar that holds it as a dependency of the plugin)");
        }
        return ConfigSource.classPath(resource, loader);
    }

    private static Optional<URI> url(String location) {
        int colon = location.indexOf(':');
        if (colon < 2 || !URL_SCHEMES.contains(location.substring(0, colon).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(location));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    private static Optional<Path> file(Path base, String location) {
        try {
            return Optional.of(base.resolve(location).toAbsolutePath().normalize());
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    /** A configured file that must exist, resolved against the project folder. */
    static Path existingFile(Path base, Path file, String parameter) throws MojoExecutionException {
        Path path = base.resolve(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new MojoExecutionException("reportlint: " + parameter + " " + Paths.display(base, path)
                    + (Files.exists(path) ? " is not a file" : " does not exist"));
        }
        return path;
    }

    private static String stripSlash(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : resource;
    }
}
