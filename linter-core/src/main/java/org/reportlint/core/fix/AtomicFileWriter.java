package org.reportlint.core.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same folder, which is then
 * moved over the original, so a crash or a full disk never leaves a half-written report behind.
 *
 * <p>The file keeps what makes it the same file: a symbolic link is written through to its target and stays a
 * link; permissions, owner and group are copied to the new file. Where the new file cannot be made the same, a
 * file with other hard links or one whose owner cannot be given to the new file, the bytes are written in place
 * through the same inode instead, and the old bytes are put back if that write fails.
 */
public final class AtomicFileWriter {
    /** Short and fixed, so the temporary name fits any folder whatever the length of the file's own name. */
    private static final String TEMP_PREFIX = ".reportlint-";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFileWriter() {
    }

    /** Writes {@code bytes} to {@code file}, keeping its permissions; fails without touching it when it is read-only. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, Optional.empty(), bytes);
    }

    /**
     * Writes {@code bytes} to {@code file} only if it still holds {@code expected}, the bytes it was read with;
     * otherwise throws {@link FileChangedException} and leaves it alone.
     */
    public static void replace(Path file, byte[] expected, byte[] bytes) throws IOException {
        write(file, Optional.of(expected), bytes);
    }

    private static void write(Path file, Optional<byte[]> expected, byte[] bytes) throws IOException {
        Path target = file.toRealPath();
        if (markedReadOnly(target)) {
            throw new ReadOnlyFileException(file.toString());
        }
        if (!Files.isWritable(target)) {
            throw new AccessDeniedException(file.toString(), null, "permission denied");
        }
        if (hasOtherLinks(target)) {
            writeInPlace(file, target, expected, bytes);
            return;
        }
        Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
        try {
            Files.write(temp, bytes);
            if (!copyOwnershipAndMode(target, temp)) {
                writeInPlace(file, target, expected, bytes);
                return;
            }
            expectUnchanged(file, target, expected);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void expectUnchanged(Path file, Path target, Optional<byte[]> expected) throws IOException {
        if (expected.isPresent() && !Arrays.equals(expected.get(), Files.readAllBytes(target))) {
            throw new FileChangedException(file.toString());
        }
    }

    /** Overwrites the file through its own inode; on failure the bytes it held are written back. */
    private static void writeInPlace(Path file, Path target, Optional<byte[]> expected, byte[] bytes)
            throws IOException {
        byte[] old = Files.readAllBytes(target);
        if (expected.isPresent() && !Arrays.equals(expected.get(), old)) {
            throw new FileChangedException(file.toString());
        }
        try {
            overwrite(target, bytes);
        } catch (IOException failure) {
            try {
                overwrite(target, old);
            } catch (IOException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
    }

    private static void overwrite(Path target, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
            channel.truncate(bytes.length);
            channel.force(true);
        }
    }

    /** Whether another name shares this file's inode: a new file there would split the hard links apart. */
    private static boolean hasOtherLinks(Path target) throws IOException {
        try {
            Object links = Files.getAttribute(target, "unix:nlink");
            return links instanceof Integer count && count > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return false;
        }
    }

    /**
     * Whether the file itself says read-only: its mode lacks the owner write bit, or (on Windows) it has the DOS
     * read-only attribute. {@link Files#isWritable} is no test of that, as it is true for a superuser, who may write
     * such a file anyway; but someone marked it read-only on purpose, so fixes respect the mark as editors do.
     */
    static boolean markedReadOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        return dos != null && dos.readAttributes().isReadOnly();
    }

    /**
     * Gives {@code to} the mode, owner and group of {@code from}; false when the owner or group cannot be given
     * (only a superuser may give a file away), so the caller keeps the original file instead.
     */
    private static boolean copyOwnershipAndMode(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        // Without POSIX attributes (Windows) the temporary file already has the folder's defaults.
        if (source == null) {
            return true;
        }
        PosixFileAttributes wanted = source.readAttributes();
        PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        try {
            if (!copy.readAttributes().owner().equals(wanted.owner())) {
                copy.setOwner(wanted.owner());
            }
            if (!copy.readAttributes().group().equals(wanted.group())) {
                copy.setGroup(wanted.group());
            }
        } catch (IOException notAllowed) {
            return false;
        }
        // After the owner: changing the owner may clear set-id bits.
        copy.setPermissions(wanted.permissions());
        return true;
    }
}
