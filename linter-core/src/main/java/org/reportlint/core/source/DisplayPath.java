package org.reportlint.core.source;

import java.io.File;

/** Paths as reports show them: {@code /}-separated on every platform. */
public final class DisplayPath {

    private DisplayPath() {
    }

    /**
     * {@code path} with the platform's separator written as {@code /}. Only the separator is replaced: on Linux or
     * macOS a backslash is an ordinary character of a file name and is shown as itself.
     */
    public static String slashed(String path) {
        return File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
    }
}
