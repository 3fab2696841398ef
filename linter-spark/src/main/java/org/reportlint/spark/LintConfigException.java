package org.reportlint.spark;

/** A configuration or option that cannot be used; the message says which and why, in one line. */
public final class LintConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public LintConfigException(String message) {
        super(message, null, false, false);
    }
}
