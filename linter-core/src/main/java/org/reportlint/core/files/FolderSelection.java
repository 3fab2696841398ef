package org.reportlint.core.files;

import java.nio.file.Path;

/**
 * Which files of each walked folder are linted: the include and exclude globs in force there, such as those of the
 * nearest {@code .reportlint.json} that has them.
 */
@FunctionalInterface
public interface FolderSelection {

    /**
     * The globs for the files and subfolders directly in {@code folder}.
     *
     * @param folder an absolute, normalized folder the walk is in
     * @throws InvalidSelectionException when what would say it cannot be read, such as an invalid config there
     */
    Globs in(Path folder) throws InvalidSelectionException;

    /** The same globs everywhere, relative to the walked folder. */
    static FolderSelection fixed(java.util.List<String> includes, java.util.List<String> excludes) {
        Globs globs = new Globs(FolderGlobs.ofWalkedFolder(includes), FolderGlobs.ofWalkedFolder(excludes));
        return folder -> globs;
    }

    /** A file is linted when it matches {@code include} and not {@code exclude}; a folder is entered unless excluded. */
    record Globs(FolderGlobs include, FolderGlobs exclude) {
    }

    /** What says which files to lint in a folder cannot be read; the message is the one-line reason. */
    final class InvalidSelectionException extends Exception {
        public InvalidSelectionException(String message) {
            super(message, null, false, false);
        }
    }
}
