package org.reportlint.core.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Include or exclude globs with the folder they are relative to: a nested {@code .reportlint.json} speaks about
 * its own folder, so its {@code docs/**} means the {@code docs} folder next to it.
 *
 * @param base the absolute, normalized folder the globs are relative to; empty for the walked folder (globs given on
 *     the command line or to the Maven goal), and also used for files outside {@code base}
 * @param globs the globs, any of which matches
 */
public record FolderGlobs(Optional<Path> base, List<Glob> globs) {

    public FolderGlobs {
        base = base.map(path -> path.toAbsolutePath().normalize());
        globs = List.copyOf(globs);
    }

    /** Globs relative to the walked folder. */
    public static FolderGlobs ofWalkedFolder(List<String> globs) {
        return new FolderGlobs(Optional.empty(), globs.stream().map(Glob::of).toList());
    }

    /** Globs relative to {@code base}. */
    public static FolderGlobs of(Path base, List<String> globs) {
        return new FolderGlobs(Optional.of(base), globs.stream().map(Glob::of).toList());
    }

    /**
     * Whether any glob matches a walked path.
     *
     * @param absolute the path, absolute and normalized
     * @param walked the path relative to the walked folder, {@code /}-separated, a folder with a trailing {@code /}
     */
    boolean matches(Path absolute, String walked) {
        String relative = walked;
        if (base.isPresent() && absolute.startsWith(base.get()) && !absolute.equals(base.get())) {
            relative = base.get().relativize(absolute).toString().replace('\\', '/')
                    + (walked.endsWith("/") ? "/" : "");
        }
        String path = relative;
        return globs.stream().anyMatch(glob -> glob.matches(path));
    }
}
