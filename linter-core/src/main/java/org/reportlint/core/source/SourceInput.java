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
 * @param foundByWalk whether the file was found walking a folder rather than named by the user: only such a file
 *     may be skipped as binary, a file named on purpose is always linted
 */
public record SourceInput(String path, Optional<Path> file, Optional<byte[]> content, boolean foundByWalk) {
    /** Why a path that is neither a file nor a folder (a FIFO, socket or device) is never read. */
    public static final String NOT_A_REGULAR_FILE = "cannot read: not a regular file (a FIFO, socket or device)";

    public SourceInput {
        Objects.requireNonNull(path, "path");
        if (file.isEmpty() == content.isEmpty()) {
            throw new IllegalArgumentException("a source input has either a file or content");
        }
    }

    /** A file the user named. */
    public static SourceInput ofFile(String displayPath, Path file) {
        return new SourceInput(DisplayPath.slashed(displayPath), Optional.of(file), Optional.empty(), false);
    }

    /** A file found walking a folder the user named. */
    public static SourceInput ofWalkedFile(String displayPath, Path file) {
        return new SourceInput(DisplayPath.slashed(displayPath), Optional.of(file), Optional.empty(), true);
    }

    public static SourceInput ofContent(String displayPath, byte[] content) {
        return new SourceInput(DisplayPath.slashed(displayPath), Optional.empty(), Optional.of(content.clone()), false);
    }
}
