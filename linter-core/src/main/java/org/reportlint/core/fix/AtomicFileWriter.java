package org.reportlint.core.fix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same folder, which is then
 * moved over the original, so a crash or a full disk never leaves a half-written report behind.
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /** Writes {@code bytes} to {@code file}, keeping its permissions; fails without touching it when it is read-only. */
    public static void write(Path file, byte[] bytes) throws IOException {
        if (!Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null, "file is read-only");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".reportlint-tmp");
        try {
            Files.write(temp, bytes);
            copyPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        // Without POSIX attributes (Windows) the temporary file already has the folder's default permissions.
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }
}
