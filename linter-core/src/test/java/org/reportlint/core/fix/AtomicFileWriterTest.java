package org.reportlint.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an atomic write keeps of the file it replaces, and when it refuses to write. */
class AtomicFileWriterTest {
    private static final byte[] OLD = "old".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (var listing = Files.list(dir)) {
            return listing.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileWithoutTheOwnerWriteBitIsReadOnlyEvenForRootAndIsLeftAlone() throws Exception {
        Path file = Files.write(dir.resolve("a.html"), OLD);
        Assumptions.assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "POSIX only");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--rw-rw-"));
        ReadOnlyFileException refused = assertThrows(ReadOnlyFileException.class,
                () -> AtomicFileWriter.replace(file, OLD, NEW));
        assertEquals("the file is read-only", refused.reason());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("a.html"), names());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFileWriter.replace(file, OLD, NEW);
        assertEquals("new", Files.readString(file));
    }

    @Test
    void symbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path target = Files.write(dir.resolve("target.html"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), target.getFileName());
        AtomicFileWriter.replace(link, OLD, NEW);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(target.getFileName(), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("link.html", "target.html"), names());
    }

    @Test
    void hardLinksKeepSharingOneFile() throws Exception {
        Path first = Files.write(dir.resolve("a.html"), OLD);
        Path second = Files.createLink(dir.resolve("b.html"), first);
        Object inode = Files.getAttribute(first, "unix:ino");
        AtomicFileWriter.replace(first, OLD, NEW);
        assertEquals("new", Files.readString(second));
        assertEquals(inode, Files.getAttribute(first, "unix:ino"));
        assertEquals(2, Files.getAttribute(first, "unix:nlink"));
        assertEquals(List.of("a.html", "b.html"), names());
    }

    @Test
    void inPlaceWriteOfAShorterTextLeavesNoOldTail() throws Exception {
        Path first = Files.write(dir.resolve("a.html"), "a longer old text".getBytes(StandardCharsets.UTF_8));
        Files.createLink(dir.resolve("b.html"), first);
        AtomicFileWriter.write(first, NEW);
        assertEquals("new", Files.readString(dir.resolve("b.html")));
    }

    @Test
    void ownerGroupAndModeAreKept() throws Exception {
        Path file = Files.write(dir.resolve("a.html"), OLD);
        Assumptions.assumeTrue(Files.getAttribute(file, "unix:uid").equals(0), "only root can give a file away");
        Files.setAttribute(file, "unix:uid", 4321);
        Files.setAttribute(file, "unix:gid", 8765);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWriter.replace(file, OLD, NEW);
        assertEquals("new", Files.readString(file));
        assertEquals(4321, Files.getAttribute(file, "unix:uid"));
        assertEquals(8765, Files.getAttribute(file, "unix:gid"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void modeIsKeptForTheUsersOwnFile() throws Exception {
        Path file = Files.write(dir.resolve("a.html"), OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFileWriter.replace(file, OLD, NEW);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void fileChangedAfterItWasReadIsNotOverwritten() throws Exception {
        Path file = Files.write(dir.resolve("a.html"), "edited meanwhile".getBytes(StandardCharsets.UTF_8));
        assertThrows(FileChangedException.class, () -> AtomicFileWriter.replace(file, OLD, NEW));
        assertEquals("edited meanwhile", Files.readString(file));
        assertEquals(List.of("a.html"), names(), "no temporary file left behind");
    }

    @Test
    void hardLinkedFileChangedAfterItWasReadIsNotOverwrittenEither() throws Exception {
        Path file = Files.write(dir.resolve("a.html"), "edited meanwhile".getBytes(StandardCharsets.UTF_8));
        Files.createLink(dir.resolve("b.html"), file);
        assertThrows(FileChangedException.class, () -> AtomicFileWriter.replace(file, OLD, NEW));
        assertEquals("edited meanwhile", Files.readString(file));
    }

    @Test
    void fileWithTheLongestNameCanBeWritten() throws Exception {
        String name = "r".repeat(250) + ".txt";
        assertEquals(254, name.getBytes(StandardCharsets.UTF_8).length);
        Path file = Files.write(dir.resolve(name), OLD);
        AtomicFileWriter.replace(file, OLD, NEW);
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(name), names());
    }

    @Test
    void longMultiByteNameCanBeWritten() throws Exception {
        String name = "\u00e9".repeat(125) + ".md";
        Path file = Files.write(dir.resolve(name), OLD);
        AtomicFileWriter.replace(file, OLD, NEW);
        assertEquals("new", Files.readString(file));
        assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
    }
}
