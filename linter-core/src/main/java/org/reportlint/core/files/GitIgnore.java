package org.reportlint.core.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The patterns of one {@code .gitignore} file, matched against paths relative to the folder that holds it.
 *
 * <p>Supports the common subset of git's syntax: blank and {@code #} lines, {@code *}, {@code **}, {@code ?},
 * character classes, a leading {@code /} (or any inner {@code /}) anchoring a pattern to the folder, a trailing
 * {@code /} for folders only, and {@code !} to re-include. The last matching pattern wins, as in git.
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

    /**
     * Whether this file ignores a path: true when it is ignored, false when a {@code !} pattern re-includes it,
     * empty when no pattern speaks about it.
     *
     * @param relativePath the path relative to this file's folder, {@code /}-separated, without a leading slash
     * @param directory whether the path is a folder
     */
    public Optional<Boolean> ignores(String relativePath, boolean directory) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if ((directory || !entry.directoryOnly()) && entry.glob().matches(relativePath)) {
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
        } else if (line.startsWith("\\#") || line.startsWith("\\!")) {
            line = line.substring(1);
        }
        boolean directoryOnly = line.endsWith("/");
        if (directoryOnly) {
            line = line.substring(0, line.length() - 1);
        }
        // A slash at the start or in the middle ties the pattern to this folder; otherwise it matches at any depth.
        boolean anchored = line.contains("/");
        if (line.startsWith("/")) {
            line = line.substring(1);
        }
        if (line.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(Glob.compile(anchored ? line : "**/" + line), negated, directoryOnly));
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    private record Entry(Glob glob, boolean negated, boolean directoryOnly) {
    }
}
