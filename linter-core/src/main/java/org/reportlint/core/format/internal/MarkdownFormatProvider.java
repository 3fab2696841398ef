package org.reportlint.core.format.internal;

/** The {@code markdown} format: a summary of the run for a GitHub job summary or a pull-request comment. */
public final class MarkdownFormatProvider extends BuiltInFormat {

    public MarkdownFormatProvider() {
        super("markdown", "a Markdown scorecard: scores overall, per group and per document, totals per rule, the "
                + "worst findings linked to their lines, the command to reproduce",
                "md", context -> new MarkdownSummaryFormatter(context.command(), context.groups(),
                        context.scorecard()));
    }
}
