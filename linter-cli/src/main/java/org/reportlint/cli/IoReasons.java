package org.reportlint.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns I/O failures into the short reasons users read, without exception class names. */
final class IoReasons {

    private IoReasons() {
    }

    /** A one-line reason for an I/O failure, without the stack of exception class names. */
    static String of(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

}
