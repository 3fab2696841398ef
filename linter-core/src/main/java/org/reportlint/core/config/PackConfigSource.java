package org.reportlint.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of a rule pack: {@code reportlint-pack/PACK/RESOURCE} on a class path. References in it resolve within the
 * pack, so a pack means the same in every project and whichever other packs the class path holds: a {@code ..}
 * that would climb above the pack's folder stays at its top.
 *
 * @param pack the pack's name
 * @param resource the path inside the pack, normalized ({@code reportlint.json}, {@code rules/terms.json})
 */
record PackConfigSource(String pack, String resource, ClassLoader loader) implements ConfigSource {

    PackConfigSource {
        resource = normalize(resource);
    }

    @Override
    public String read() throws IOException {
        URL url = loader.getResource(classPathName());
        if (url == null) {
            throw new NoSuchFileException(RulePacks.PREFIX + pack + "/" + resource);
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false); // a pack jar rebuilt in the same build must be read again
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public ConfigSource resolve(String reference) {
        if (reference.startsWith("/")) {
            return new PackConfigSource(pack, reference, loader);
        }
        int slash = resource.lastIndexOf('/');
        return new PackConfigSource(pack, slash < 0 ? reference : resource.substring(0, slash + 1) + reference,
                loader);
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    /** {@code pack:acme/reportlint.json}: the pack, as the user named it, and the file inside it. */
    @Override
    public String shown(Path displayBase) {
        return RulePacks.PREFIX + pack + "/" + resource;
    }

    /** Also the jar (or class-path folder) the pack was read from, which tells two versions of a pack apart. */
    @Override
    public String origin(Path displayBase) {
        URL url = loader.getResource(classPathName());
        return shown(displayBase) + (url == null ? "" : " (" + RulePacks.container(url) + ")");
    }

    @Override
    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private String classPathName() {
        return RulePacks.FOLDER + "/" + pack + "/" + resource;
    }

    /** Drops {@code .} and resolves {@code ..} segments, never above the pack's own folder. */
    private static String normalize(String resource) {
        return ClassPathConfigSource.normalize(resource);
    }
}
