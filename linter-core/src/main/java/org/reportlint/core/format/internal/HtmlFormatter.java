package org.reportlint.core.format.internal;

import java.util.List;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.RuleMetadata;

/**
 * One self-contained HTML page for QA reviewers to triage with. The findings travel as JSON in a
 * {@code <script type="application/json">} element (see {@link HtmlReportData}) and the inline script
 * ({@code report.js}) draws the overview, the ranking of documents, the groups of findings that share a rule and a
 * message pattern, the filters, the search and the findings themselves, lazily, so a report of 100,000 findings
 * opens quickly. With scripts off the page shows the totals per rule and per file. Nothing is loaded from elsewhere,
 * every piece of document text is escaped (and the script only ever sets it as text), and the page carries no
 * timestamp, so the same result always gives the same page.
 */
final class HtmlFormatter implements Formatter {
    private final String toolVersion;
    private final List<RuleMetadata> rules;
    private final DocumentGroups groups;

    /**
     * @param toolVersion the reportlint version named at the foot of the page
     * @param rules metadata of the run's rules, for their summaries
     */
    public HtmlFormatter(String toolVersion, List<RuleMetadata> rules) {
        this(toolVersion, rules, DocumentGroups.byFolder());
    }

    /** @param groups which group each document is in, for the totals per group and the group filter */
    public HtmlFormatter(String toolVersion, List<RuleMetadata> rules, DocumentGroups groups) {
        this.toolVersion = toolVersion;
        this.rules = List.copyOf(rules);
        this.groups = groups;
    }

    @Override
    public String format(LintResult result) {
        String data = HtmlReportData.json(result, rules, toolVersion, groups);
        StringBuilder out = new StringBuilder(data.length() + 16384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(HtmlAssets.CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>reportlint report</title>\n<style>").append(HtmlAssets.STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>reportlint report</h1>\n<p class=\"summary\" id=\"summary\">")
                .append(summary(result.summary())).append("</p>\n</header>\n")
                .append("<div id=\"static\">\n<p class=\"notice\">Turn on JavaScript to see the findings, ")
                .append("their groups, filters and search.</p>\n");
        HtmlTotals.appendPerRule(out, result, rules);
        HtmlTotals.appendPerFile(out, result);
        return out.append("</div>\n<main id=\"app\" hidden></main>\n<footer><p>reportlint ")
                .append(HtmlText.escape(toolVersion)).append("</p></footer>\n")
                .append("<script type=\"application/json\" id=\"report-data\">").append(data).append("</script>\n")
                .append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n")
                .append("</body>\n</html>\n").toString();
    }

    private static String summary(Summary summary) {
        StringBuilder text = new StringBuilder()
                .append(count(summary.findings(), "problem", "problems"))
                .append(" (").append(count(summary.errors(), "error", "errors"))
                .append(", ").append(count(summary.warnings(), "warning", "warnings"))
                .append(", ").append(count(summary.infos(), "info", "infos"))
                .append(") in ").append(count(summary.files(), "file", "files"))
                .append(", ").append(summary.fixable()).append(" fixable");
        if (summary.suppressed() > 0) {
            text.append(", ").append(summary.suppressed()).append(" suppressed");
        }
        if (summary.unreadable() > 0) {
            text.append("; ").append(count(summary.unreadable(), "file", "files")).append(" could not be read");
        }
        if (summary.skipped() > 0) {
            text.append("; ").append(count(summary.skipped(), "file", "files")).append(" skipped");
        }
        return text.toString();
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
