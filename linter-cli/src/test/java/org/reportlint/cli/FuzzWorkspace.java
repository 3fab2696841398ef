package org.reportlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh folder for one try of a property, with the config that turns every rule on; removed afterwards. */
final class FuzzWorkspace implements AutoCloseable {
    private final Path directory;

    FuzzWorkspace() {
        try {
            directory = Files.createTempDirectory("reportlint-fuzz");
            Files.createDirectories(directory.resolve("out"));
            Files.writeString(directory.resolve(".reportlint.json"), "{\"root\": true, \"extends\": \"all\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return directory;
    }

    CliRun cli() {
        return CliRun.in(directory);
    }

    Path resolve(String name) {
        return directory.resolve(name);
    }

    byte[] read(String name) {
        try {
            return Files.readAllBytes(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
