package org.reportlint.core.fix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same folder, which is then
 * moved over the original, so a crash or a full disk never leaves a half-written report behind.
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /** Writes {@code bytes} to {@code file}, keeping its permissions; fails without touching it when it is read-only. */
    public static void write(Path file, byte[] bytes) throws IOException {
        if (!Files.isWritable(file) || lacksOwnerWrite(file)) {
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

    /**
     * Whether the file's mode says read-only. A superuser may write such a file anyway, but someone marked it
     * read-only on purpose, so fixes respect the mark as editors do.
     */
    private static boolean lacksOwnerWrite(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view != null && !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        // Without POSIX attributes (Windows) the temporary file already has the folder's default permissions.
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }
}
