package org.reportlint.core.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root of the git working tree a folder is in: the nearest folder at or above it with a {@code .git} entry (a
 * folder, or a file in a worktree or submodule). Code scanning resolves SARIF paths against that root, so a run in a
 * subfolder, or a Maven module, reports its paths from there; and the {@code .gitignore} files from there down apply
 * to a walk that starts below it.
 */
public final class RepositoryRoot {
    private static final String GIT = ".git";

    private RepositoryRoot() {
    }

    /** The working tree root at or above {@code folder}, if it is in one. */
    public static Optional<Path> of(Path folder) {
        Path start = folder.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(GIT))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Where {@code folder} is, from the root of its repository: {@code docs/site/} for a subfolder, empty at the
     * root itself and outside any repository (the folder is then its own root).
     */
    public static String pathOf(Path folder) {
        Path start = folder.toAbsolutePath().normalize();
        return of(start).map(root -> {
            String path = root.relativize(start).toString().replace('\\', '/');
            return path.isEmpty() ? "" : path + "/";
        }).orElse("");
    }

    /**
     * The repository's {@code info/exclude} file, where git keeps it: in {@code .git/} for a plain clone; for a
     * worktree or submodule, whose {@code .git} is a file saying {@code gitdir: PATH}, in that git folder, or in the
     * common folder its {@code commondir} file names (a worktree shares the main clone's {@code info/exclude}).
     */
    public static Optional<Path> infoExclude(Path root) {
        Path git = root.resolve(GIT);
        Path gitDir = git;
        if (Files.isRegularFile(git)) {
            Optional<String> pointer = firstLine(git).filter(line -> line.startsWith("gitdir:"));
            if (pointer.isEmpty()) {
                return Optional.empty();
            }
            gitDir = root.resolve(pointer.get().substring("gitdir:".length()).trim()).normalize();
            Optional<String> common = firstLine(gitDir.resolve("commondir"));
            if (common.isPresent()) {
                gitDir = gitDir.resolve(common.get().trim()).normalize();
            }
        }
        Path exclude = gitDir.resolve("info").resolve("exclude");
        return Files.isRegularFile(exclude) ? Optional.of(exclude) : Optional.empty();
    }

    private static Optional<String> firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst();
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }
}
