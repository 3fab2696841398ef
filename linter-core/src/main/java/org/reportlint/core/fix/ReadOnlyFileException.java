package org.reportlint.core.fix;

import java.nio.file.AccessDeniedException;

/**
 * The file is marked read-only (no owner write bit, or the DOS read-only attribute), so fixes are not written to it,
 * even by a user such as root whom the system would let write it. Still an {@link AccessDeniedException}, for callers
 * that only care that the write was refused.
 */
public final class ReadOnlyFileException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyFileException(String file) {
        super(file, null, "the file is read-only");
    }

    /** The reason alone, without the file, for reports that name the file themselves. */
    public String reason() {
        return "the file is read-only";
    }
}
