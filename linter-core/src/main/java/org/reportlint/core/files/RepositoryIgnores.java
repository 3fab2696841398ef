package org.reportlint.core.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ignore files of the repository that apply to a walk below its root, as git reads them: the repository's
 * {@code info/exclude} first (the weakest), then the {@code .gitignore} of each folder from the root down to the
 * walked folder's parent. The walk adds those of the walked folder and below. The user's global excludes file
 * ({@code core.excludesFile}) is not read: a run must select the same files on every machine and in CI.
 */
final class RepositoryIgnores {
    private RepositoryIgnores() {
    }

    /** The scopes above {@code walked} (absolute, normalized), weakest first; none outside a repository. */
    static List<IgnoreScope> above(Path walked) {
        Optional<Path> root = RepositoryRoot.of(walked);
        List<IgnoreScope> scopes = new ArrayList<>();
        if (root.isEmpty()) {
            return scopes;
        }
        RepositoryRoot.infoExclude(root.get())
                .ifPresent(exclude -> scopes.add(new IgnoreScope(read(exclude), down(root.get(), walked), "")));
        List<Path> folders = new ArrayList<>();
        for (Path dir = walked.getParent(); dir != null && dir.startsWith(root.get()); dir = dir.getParent()) {
            folders.add(0, dir);
        }
        for (Path folder : folders) {
            GitIgnore ignore = read(folder.resolve(GitIgnore.FILE_NAME));
            if (!ignore.isEmpty()) {
                scopes.add(new IgnoreScope(ignore, down(folder, walked), ""));
            }
        }
        return scopes;
    }

    /** The patterns of an ignore file; none when it is missing, a link, or unreadable. */
    static GitIgnore read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return GitIgnore.parse("");
        }
        try {
            return GitIgnore.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            // An unreadable ignore file ignores nothing; the files it would hide are linted, which is visible.
            return GitIgnore.parse("");
        }
    }

    private static String down(Path from, Path to) {
        String path = from.relativize(to).toString().replace('\\', '/');
        return path.isEmpty() ? "" : path + "/";
    }
}
