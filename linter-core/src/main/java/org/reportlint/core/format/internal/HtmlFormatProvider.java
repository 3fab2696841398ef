package org.reportlint.core.format.internal;

/** The {@code html} format: the QA page of {@link HtmlFormatter}. */
public final class HtmlFormatProvider extends BuiltInFormat {

    public HtmlFormatProvider() {
        super("html", "A self-contained HTML page for QA, filterable by rule and severity",
                "html", context -> new HtmlFormatter(context.toolVersion(), context.rules()));
    }
}
