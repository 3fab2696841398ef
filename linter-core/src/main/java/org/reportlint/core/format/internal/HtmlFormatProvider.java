package org.reportlint.core.format.internal;

/** The {@code html} format: the QA page of {@link HtmlFormatter}. */
public final class HtmlFormatProvider extends BuiltInFormat {

    public HtmlFormatProvider() {
        super("html", "A self-contained HTML page for QA triage: groups, ranking, filters, search, CSV export",
                "html", context -> new HtmlFormatter(context.toolVersion(), context.rules(), context.groups()));
    }
}
