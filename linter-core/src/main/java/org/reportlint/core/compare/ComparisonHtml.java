package org.reportlint.core.compare;

import java.util.List;

/**
 * A comparison as one small self-contained HTML page: totals, a table per rule and per document, and the new and
 * resolved findings. No scripts and no external resources; every piece of document text is escaped.
 */
public final class ComparisonHtml {

    private ComparisonHtml() {
    }

    public static String page(ReportComparison comparison) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "<title>reportlint: what changed</title><style>"
                + "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
                + "margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
                + "td.n{text-align:right}.new{color:#b00020}.resolved{color:#1b7a1b}code{font-size:13px}"
                + "</style></head><body>\n<h1>What changed</h1>\n<p>")
                .append(escape(ComparisonReport.totals(comparison))).append("</p>\n");
        html.append("<h2>Per rule</h2>\n<table><tr><th>Rule</th><th>New</th><th>Resolved</th><th>Unchanged</th></tr>\n");
        comparison.byRule().forEach((rule, counts) -> html.append("<tr><td><code>").append(escape(rule))
                .append("</code></td><td class=\"n\">").append(counts[0]).append("</td><td class=\"n\">")
                .append(counts[1]).append("</td><td class=\"n\">").append(counts[2]).append("</td></tr>\n"));
        html.append("</table>\n<h2>Per document</h2>\n<table><tr><th>Document</th><th>New</th><th>Resolved</th>"
                + "<th>Unchanged</th><th>Score</th></tr>\n");
        for (ReportComparison.DocumentChange doc : comparison.documents()) {
            html.append("<tr><td><code>").append(escape(doc.path())).append("</code></td><td class=\"n\">")
                    .append(doc.added()).append("</td><td class=\"n\">").append(doc.resolved())
                    .append("</td><td class=\"n\">").append(doc.unchanged()).append("</td><td>")
                    .append(ComparisonReport.score(doc.oldScore())).append(" &rarr; ")
                    .append(ComparisonReport.score(doc.newScore())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (ReportComparison.Status status : List.of(ReportComparison.Status.NEW, ReportComparison.Status.RESOLVED)) {
            html.append("<h2 class=\"").append(status.id()).append("\">")
                    .append(status == ReportComparison.Status.NEW ? "New" : "Resolved").append(" findings</h2>\n<ul>\n");
            for (ReportComparison.Change change : comparison.changes()) {
                if (change.status() == status) {
                    ReportSnapshot.Item item = change.finding();
                    html.append("<li class=\"").append(status.id()).append("\"><code>").append(escape(change.path()))
                            .append(':').append(item.line()).append(':').append(item.column()).append("</code> ")
                            .append(escape(item.severity().id())).append(' ').append(escape(item.message()))
                            .append(" <code>").append(escape(item.rule())).append("</code></li>\n");
                }
            }
            html.append("</ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Text and attribute content: markup characters, quotes and controls never reach the page as themselves. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t' || Character.isSurrogate((char) c)
                            || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
