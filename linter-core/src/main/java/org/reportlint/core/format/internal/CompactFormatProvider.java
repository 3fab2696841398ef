package org.reportlint.core.format.internal;

/** The {@code compact} format: one line per finding by {@link CompactFormatter}. */
public final class CompactFormatProvider extends BuiltInFormat {

    public CompactFormatProvider() {
        super("compact", "One line per finding: path:line:col: severity: message [rule]",
                "compact.txt", context -> new CompactFormatter());
    }
}
