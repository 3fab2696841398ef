package org.reportlint.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.reportlint.core.source.DisplayPath;

/** A configuration file on disk; {@code extends} paths are relative to its folder. */
record FileConfigSource(Path path) implements ConfigSource {

    @Override
    public String read() throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Override
    public ConfigSource resolve(String reference) {
        Path folder = path.getParent() == null ? path : path.getParent();
        return ConfigSource.file(folder.resolve(reference));
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(path);
    }

    @Override
    public String shown(Path displayBase) {
        Path base = displayBase.toAbsolutePath().normalize();
        Path relative = path.startsWith(base) ? base.relativize(path) : path;
        return DisplayPath.slashed(relative.toString());
    }

    @Override
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
