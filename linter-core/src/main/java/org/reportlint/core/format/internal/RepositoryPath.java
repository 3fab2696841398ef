package org.reportlint.core.format.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/** A reported path put in front of by where the run's paths start, from the repository root. */
final class RepositoryPath {
    private RepositoryPath() {
    }

    /**
     * {@code sub/} and {@code reports/a.html} give {@code sub/reports/a.html}, {@code sub/} and {@code ../b.html}
     * give {@code b.html}. An absolute path, or one that climbs above the root, is returned as it is.
     */
    static String join(String prefix, String path) {
        if (prefix.isEmpty() || path.startsWith("/") || (path.length() > 1 && path.charAt(1) == ':')) {
            return path;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (prefix + "/" + path).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return path;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
