package org.reportlint.core.source;

/**
 * Something about how a file's bytes were turned into text that the reader should know, reported by the
 * {@code encoding} finding: a declared charset that was ignored, UTF-16 found without a byte order mark, NUL bytes.
 *
 * @param charOffset where in the decoded text the cause is
 * @param message the whole message, one line
 */
public record EncodingWarning(int charOffset, String message) {
}
