package org.reportlint.core.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to lint: a path on disk, or content already read (standard input) under a display name.
 *
 * @param path the path shown in reports, {@code /}-separated
 * @param file where to read the bytes from, when they are on disk
 * @param content the bytes, when they were read already
 */
public record SourceInput(String path, Optional<Path> file, Optional<byte[]> content) {

    public SourceInput {
        Objects.requireNonNull(path, "path");
        if (file.isEmpty() == content.isEmpty()) {
            throw new IllegalArgumentException("a source input has either a file or content");
        }
    }

    public static SourceInput ofFile(String displayPath, Path file) {
        return new SourceInput(DisplayPath.slashed(displayPath), Optional.of(file), Optional.empty());
    }

    public static SourceInput ofContent(String displayPath, byte[] content) {
        return new SourceInput(DisplayPath.slashed(displayPath), Optional.empty(), Optional.of(content.clone()));
    }
}
