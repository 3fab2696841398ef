package org.reportlint.core.run;

/**
 * A path or glob given to lint that gave no file at all. The message says so in neutral words; each front end adds
 * how to allow it in its own terms (the command line's {@code --no-error-on-unmatched-pattern}).
 */
public final class UnmatchedPathException extends UsageException {
    private final String path;

    public UnmatchedPathException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The path or glob as given, {@code /}-separated. */
    public String path() {
        return path;
    }
}
