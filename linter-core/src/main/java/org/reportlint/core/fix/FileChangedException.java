package org.reportlint.core.fix;

import java.io.IOException;

/** The file on disk is no longer the one that was read and fixed, so writing the fix would lose someone's edit. */
public final class FileChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    public FileChangedException(String file) {
        super(file + ": the file changed on disk after it was read");
    }

    /** The reason alone, without the file, for reports that name the file themselves. */
    public String reason() {
        return "the file changed on disk after it was read";
    }
}
