package org.reportlint.core.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Digests of the code that produces findings: the jar (or class folder) a rule class was loaded from, so that a
 * rebuilt or upgraded rule jar, built-in or from {@code REPORTLINT_CLASSPATH}, invalidates what it reported. A jar
 * is digested whole; a class folder by every {@code .class} file under it. Each location is digested once a run.
 */
final class Implementations {
    private final Map<Class<?>, String> byClass = new ConcurrentHashMap<>();
    private final Map<Path, String> byLocation = new ConcurrentHashMap<>();

    /** The class name and the digest of where it was loaded from; the name alone when that is unknown. */
    String of(Class<?> type) {
        return byClass.computeIfAbsent(type, this::compute);
    }

    private String compute(Class<?> type) {
        return type.getName() + "@" + location(type)
                .map(path -> byLocation.computeIfAbsent(path, Implementations::digest))
                .orElse("unknown");
    }

    private static Optional<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException odd) {
            return Optional.empty();
        }
    }

    private static String digest(Path location) {
        try {
            if (Files.isRegularFile(location)) {
                return Sha256.ofFile(location);
            }
            if (Files.isDirectory(location)) {
                return folderDigest(location);
            }
        } catch (IOException | RuntimeException unreadable) {
            // Unknown code may have changed: a digest that matches nothing makes every entry miss.
            return "unreadable-" + System.nanoTime();
        }
        return "missing";
    }

    private static String folderDigest(Path folder) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(folder)) {
            classes = files.filter(file -> file.toString().endsWith(".class") && Files.isRegularFile(file))
                    .sorted().toList();
        }
        StringBuilder all = new StringBuilder();
        for (Path file : classes) {
            all.append(folder.relativize(file).toString().replace('\\', '/')).append('=')
                    .append(Sha256.of(Files.readAllBytes(file))).append('\n');
        }
        return Sha256.of(all.toString());
    }
}
