package org.reportlint.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A configuration resource on a class path, as a shared config jar on the Maven plugin's class path provides it;
 * {@code extends} paths resolve within the class path, relative to the resource's folder.
 *
 * @param resource the resource name, normalized ({@code reportlint/shared.json}, never {@code ./} or {@code ../})
 */
record ClassPathConfigSource(String resource, ClassLoader loader) implements ConfigSource {
    static final String SCHEME = "classpath:";

    static ClassPathConfigSource of(String resource, ClassLoader loader) {
        return new ClassPathConfigSource(normalize(resource), loader);
    }

    @Override
    public String read() throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new NoSuchFileException(SCHEME + resource);
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public ConfigSource resolve(String reference) {
        if (reference.startsWith("/")) {
            return of(reference, loader);
        }
        int slash = resource.lastIndexOf('/');
        return of(slash < 0 ? reference : resource.substring(0, slash + 1) + reference, loader);
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public String shown(Path displayBase) {
        return SCHEME + resource;
    }

    @Override
    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Drops {@code .} and resolves {@code ..} segments; a {@code ..} above the class path's top is dropped too. */
    static String normalize(String resource) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : resource.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
