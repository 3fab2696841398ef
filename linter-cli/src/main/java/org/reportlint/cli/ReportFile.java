package org.reportlint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A report file that appears whole or not at all: it is written to a temporary file beside the target and moved
 * over it only when complete, so a failed write leaves neither a partial report nor a lost old one. A target that is
 * not a regular file (such as {@code /dev/stdout} or a FIFO) cannot be replaced and is written directly.
 */
final class ReportFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Optional<Path> temporary;
    private final Writer writer;
    private boolean done;

    private ReportFile(Path target, Optional<Path> temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    static ReportFile create(Path target) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return new ReportFile(target, Optional.empty(), Files.newBufferedWriter(target, StandardCharsets.UTF_8));
        }
        // A link to a report stays a link: the report it points to is the one replaced.
        Path real = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
        Path folder = real.toAbsolutePath().getParent();
        createFolders(folder);
        // A short name of its own keeps within file-name limits whatever the report is called; created like any
        // new file, so the report gets the permissions the user's umask gives.
        Path temporary = folder.resolve(".reportlint-" + Long.toHexString(RANDOM.nextLong() >>> 1) + ".tmp");
        Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        return new ReportFile(real, Optional.of(temporary), writer);
    }

    /**
     * A report added to the end of {@code target}, as GitHub's job summary file wants: what others wrote there
     * stays. The formats written this way write only when they finish, so a failed run adds nothing.
     */
    static ReportFile appendTo(Path target) throws IOException {
        createFolders(target.toAbsolutePath().getParent());
        return new ReportFile(target, Optional.empty(), Files.newBufferedWriter(target, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /**
     * Creates the missing folders of a report's path, as ESLint's {@code --output-file} does, so a CI job can name
     * {@code build/reports/lint.json} without a separate {@code mkdir}. A file in the way is reported as such: the
     * exception Java gives for it names only the path.
     */
    private static void createFolders(Path folder) throws IOException {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        for (Path step = folder; step != null; step = step.getParent()) {
            if (Files.exists(step) && !Files.isDirectory(step)) {
                throw new IOException(step.getFileName() + " is not a directory");
            }
        }
        Files.createDirectories(folder);
    }

    Writer writer() {
        return writer;
    }

    /** Closes the report and puts it in place; on failure nothing of it is left. */
    void commit() throws IOException {
        done = true;
        try {
            writer.close();
            if (temporary.isPresent()) {
                move(temporary.get(), target);
            }
        } catch (IOException | RuntimeException failure) {
            deleteTemporary();
            throw failure;
        }
    }

    /** Drops an unfinished report: the temporary file goes, the target is left as it was. */
    void abandon() {
        if (done) {
            return;
        }
        done = true;
        try {
            writer.close();
        } catch (IOException ignored) {
            // The report is being dropped because something failed already; that failure is the one reported.
        }
        deleteTemporary();
    }

    private void deleteTemporary() {
        try {
            if (temporary.isPresent()) {
                Files.deleteIfExists(temporary.get());
            }
        } catch (IOException ignored) {
            // Nothing more can be done; the original failure is reported.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
