package org.reportlint.core.files;

/** A path given to lint that does not exist; the message is the path as given. */
public final class MissingPathException extends Exception {
    private final String path;

    public MissingPathException(String path) {
        super("no such file or directory: " + path, null, false, false);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
