package org.reportlint.core.files;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of the git working tree a folder is in: the nearest folder at or above it with a {@code .git} entry (a
 * folder, or a file in a worktree or submodule). Code scanning resolves SARIF paths against that root, so a run in a
 * subfolder, or a Maven module, reports its paths from there.
 */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    /**
     * Where {@code folder} is, from the root of its repository: {@code docs/site/} for a subfolder, empty at the
     * root itself and outside any repository (the folder is then its own root).
     */
    public static String pathOf(Path folder) {
        Path start = folder.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                Path relative = dir.relativize(start);
                String path = relative.toString().replace('\\', '/');
                return path.isEmpty() ? "" : path + "/";
            }
        }
        return "";
    }
}
