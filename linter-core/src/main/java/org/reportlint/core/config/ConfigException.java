package org.reportlint.core.config;

/**
 * A configuration mistake, located in its file: the message reads {@code FILE:LINE:COLUMN: what is wrong}, so
 * editors and terminals can jump to it.
 */
public final class ConfigException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public ConfigException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + reason, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the mistake has no position (such as an unreadable file). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
