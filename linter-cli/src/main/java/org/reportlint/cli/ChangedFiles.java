package org.reportlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.reportlint.core.run.UsageException;

/**
 * {@code --changed-since REF}: the files that differ from a git ref (committed since, staged or not) plus untracked
 * ones that are not ignored, asked of {@code git} on the PATH. Deleted files are left out: there is nothing to lint.
 */
final class ChangedFiles {

    private ChangedFiles() {
    }

    /** Absolute normalised paths of the changed files, or a usage error saying why git could not tell. */
    static Set<Path> since(String ref, Path workingDirectory) throws UsageException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new UsageException("--changed-since needs a git ref (a branch, tag or commit), not \"" + ref + "\"");
        }
        Path root = Path.of(git(workingDirectory, "not a git repository (--changed-since needs one)",
                "rev-parse", "--show-toplevel").trim());
        git(workingDirectory, "unknown git ref \"" + ref + "\"", "rev-parse", "--verify", "--quiet",
                ref + "^{commit}");
        Set<Path> changed = new HashSet<>();
        // Paths of diff are relative to the repository root, of ls-files to the working directory.
        for (String path : split(git(workingDirectory, "git diff failed", "diff", "--name-only", "-z",
                "--no-renames", "--diff-filter=d", ref, "--"))) {
            changed.add(root.resolve(path).toAbsolutePath().normalize());
        }
        for (String path : split(git(workingDirectory, "git ls-files failed", "ls-files", "-z", "--others",
                "--exclude-standard"))) {
            changed.add(workingDirectory.resolve(path).toAbsolutePath().normalize());
        }
        // The real path too, so a working directory reached through a link still matches the walked files.
        Set<Path> real = new HashSet<>();
        for (Path path : changed) {
            try {
                real.add(path.toRealPath());
            } catch (IOException gone) {
                // a file deleted in the working tree: nothing to lint
            }
        }
        changed.addAll(real);
        return changed;
    }

    private static List<String> split(String output) {
        List<String> paths = new ArrayList<>();
        for (String path : output.split("\u0000")) {
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** Runs git and returns its standard output; {@code failure} is the message when it exits non-zero. */
    private static String git(Path directory, String failure, String... arguments) throws UsageException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notFound) {
            throw new UsageException("--changed-since needs git on the PATH: " + IoReasons.of(notFound));
        }
        try (InputStream out = process.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.transferTo(bytes);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new UsageException("git did not answer within a minute");
            }
            if (process.exitValue() != 0) {
                throw new UsageException(failure);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UsageException("cannot read git's output: " + IoReasons.of(broken));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while waiting for git");
        }
    }
}
