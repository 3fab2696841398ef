package org.reportlint.core.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} (or {@code .git/info/exclude}) file, matched against paths relative to the
 * folder the patterns belong to, as git documents them (gitignore(5)):
 *
 * <ul>
 *   <li>blank lines and lines starting with {@code #} say nothing; {@code \#} and {@code \!} start a pattern with
 *       that character;</li>
 *   <li>trailing spaces are dropped unless escaped with a backslash;</li>
 *   <li>{@code !} re-includes what an earlier pattern ignored;</li>
 *   <li>a trailing {@code /} matches folders only;</li>
 *   <li>a {@code /} at the start or in the middle ties the pattern to the folder; without one the pattern matches
 *       the name at any depth;</li>
 *   <li>the wildcards are git's, see {@link GitWildmatch}.</li>
 * </ul>
 * The last matching pattern wins. That a path inside an ignored folder cannot be re-included is the walk's business:
 * it does not enter ignored folders.
 */
public final class GitIgnore {
    public static final String FILE_NAME = ".gitignore";

    private final List<Entry> entries;

    private GitIgnore(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static GitIgnore parse(String content) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : content.split("\r\n|\r|\n")) {
            parseLine(raw).ifPresent(entries::add);
        }
        return new GitIgnore(entries);
    }

    /** Whether the file has no pattern at all. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Whether this file ignores a path: true when it is ignored, false when a {@code !} pattern re-includes it,
     * empty when no pattern speaks about it.
     *
     * @param relativePath the path relative to this file's folder, {@code /}-separated, without a leading slash
     * @param directory whether the path is a folder
     */
    public Optional<Boolean> ignores(String relativePath, boolean directory) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if ((directory || !entry.directoryOnly())
                    && entry.pattern().matcher(entry.anchored() ? relativePath : name).matches()) {
                return Optional.of(!entry.negated());
            }
        }
        return Optional.empty();
    }

    private static Optional<Entry> parseLine(String raw) {
        String line = stripTrailingSpaces(raw);
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        boolean negated = line.startsWith("!");
        if (negated) {
            line = line.substring(1);
        }
        boolean directoryOnly = line.endsWith("/");
        if (directoryOnly) {
            line = line.substring(0, line.length() - 1);
        }
        // A slash at the start or in the middle ties the pattern to this folder; otherwise it matches a name at any
        // depth, which is the same as matching the last segment of the path.
        boolean anchored = line.contains("/");
        if (line.startsWith("/")) {
            line = line.substring(1);
        }
        if (line.isEmpty()) {
            return Optional.empty();
        }
        boolean isDirectoryOnly = directoryOnly;
        return GitWildmatch.compile(line).map(pattern -> new Entry(pattern, negated, isDirectoryOnly, anchored));
    }

    /** Drops trailing spaces, but not one escaped with a backslash (git's {@code trim_trailing_spaces}). */
    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !escaped(line, end - 1)) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Whether the character at {@code index} follows an odd number of backslashes. */
    private static boolean escaped(String line, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private record Entry(Pattern pattern, boolean negated, boolean directoryOnly, boolean anchored) {
    }
}
