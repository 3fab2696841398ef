package org.reportlint.core.format.internal;

/** The {@code text} format: the terminal report of {@link TextFormatter}. */
public final class TextFormatProvider extends BuiltInFormat {

    public TextFormatProvider() {
        super("text", "Findings by file with code frames and a summary, for a terminal",
                "txt", context -> new TextFormatter(context.color(), context.groups()));
    }
}
