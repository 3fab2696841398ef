package org.reportlint.core.config;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A configuration at a URL; {@code extends} paths resolve against it as links in a page do. A {@code jar:} URL, which
 * {@link URI#resolve} cannot resolve against, resolves within its jar.
 */
record UrlConfigSource(URI uri) implements ConfigSource {
    /** Long enough for a slow server, short enough that a build does not hang on one that never answers. */
    private static final int TIMEOUT_MILLIS = 30_000;

    @Override
    public String read() throws IOException {
        URLConnection connection = uri.toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setUseCaches(false); // a jar rebuilt in the same build must be read again, not from a cached handle
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException missing) {
            throw new NoSuchFileException(uri.toString());
        }
    }

    @Override
    public ConfigSource resolve(String reference) {
        if ("jar".equals(uri.getScheme())) {
            String text = uri.toString();
            int separator = text.indexOf("!/");
            if (separator >= 0) {
                String entry = text.substring(separator + 1);
                String resolved = URI.create("file:" + entry).resolve(reference).getPath();
                return ConfigSource.url(URI.create(text.substring(0, separator + 1) + resolved));
            }
        }
        try {
            return ConfigSource.url(uri.resolve(new URI(null, null, reference, null)));
        } catch (URISyntaxException invalid) {
            return ConfigSource.url(uri.resolve(reference));
        }
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public String shown(Path displayBase) {
        return uri.toString();
    }

    @Override
    public String fileName() {
        String path = uri.getSchemeSpecificPart();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
