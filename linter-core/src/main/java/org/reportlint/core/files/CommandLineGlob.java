package org.reportlint.core.files;

import java.util.Optional;

/**
 * A path typed on the command line that is a glob ({@code 'reports/**}{@code /*.html'}), quoted so the shell left
 * it alone: the folder before its first wildcard is walked, and the rest chooses the files there, in place of the
 * configured includes. Excludes, hidden files and {@code .gitignore} still apply.
 *
 * @param folder the literal folder the glob starts in, {@code .} when it starts with a wildcard
 * @param pattern the glob over paths relative to {@code folder}
 */
public record CommandLineGlob(String folder, Glob pattern) {
    private static final String WILDCARDS = "*?[{";

    /** Whether {@code path} has a wildcard, so that it is read as a glob when no such file exists. */
    public static boolean isGlob(String path) {
        return firstWildcard(path) >= 0;
    }

    /** The glob in {@code path}, or empty when it has no wildcard and so names a file or folder. */
    public static Optional<CommandLineGlob> parse(String path) {
        String slashed = path;
        int wildcard = firstWildcard(slashed);
        if (wildcard < 0) {
            return Optional.empty();
        }
        int cut = slashed.lastIndexOf('/', wildcard);
        String folder = cut < 0 ? "." : slashed.substring(0, cut);
        String rest = slashed.substring(cut + 1);
        // Relative to the folder, as typed: "*.html" there means that folder's own files, not any folder's.
        return Optional.of(new CommandLineGlob(folder.isEmpty() ? "/" : folder, Glob.compile(rest)));
    }

    private static int firstWildcard(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '\\' && i + 1 < path.length()) {
                i++;
            } else if (WILDCARDS.indexOf(path.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
