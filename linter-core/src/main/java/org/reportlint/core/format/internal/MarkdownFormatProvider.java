package org.reportlint.core.format.internal;

/** The {@code markdown} format: a summary of the run for a GitHub job summary or a pull-request comment. */
public final class MarkdownFormatProvider extends BuiltInFormat {

    public MarkdownFormatProvider() {
        super("markdown", "a Markdown summary: totals per rule, the worst files, the command to reproduce",
                "md", context -> new MarkdownSummaryFormatter(context.command()));
    }
}
