package org.reportlint.core.format.internal;

import java.util.List;
import java.util.TreeSet;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * One self-contained HTML page for QA reviewers: the totals, tables per rule and per file, and a section per file
 * with something to say, each finding with its code frame. Filters by rule and severity appear only when the inline
 * script runs, so with scripts off everything is shown. Nothing is loaded from elsewhere, every piece of document
 * text is escaped, and the page carries no timestamp, so the same result always gives the same page.
 */
final class HtmlFormatter implements Formatter {
    private final String toolVersion;
    private final List<RuleMetadata> rules;

    /**
     * @param toolVersion the reportlint version named at the foot of the page
     * @param rules metadata of the run's rules, for their summaries
     */
    public HtmlFormatter(String toolVersion, List<RuleMetadata> rules) {
        this.toolVersion = toolVersion;
        this.rules = List.copyOf(rules);
    }

    @Override
    public String format(LintResult result) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(HtmlAssets.CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>reportlint report</title>\n<style>\n").append(HtmlAssets.STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>reportlint report</h1>\n<p class=\"summary\">")
                .append(summary(result.summary())).append("</p>\n</header>\n");
        appendFilters(out, result);
        out.append("<section id=\"totals\">\n");
        HtmlTotals.appendPerRule(out, result, rules);
        HtmlTotals.appendPerFile(out, result);
        out.append("</section>\n<main>\n");
        List<FileResult> files = result.files();
        for (int i = 0; i < files.size(); i++) {
            if (HtmlFileSection.hasSection(files.get(i))) {
                HtmlFileSection.append(out, files.get(i), i);
            }
        }
        return out.append("</main>\n<footer><p>reportlint ").append(HtmlText.escape(toolVersion))
                .append("</p></footer>\n<script>").append(HtmlAssets.SCRIPT).append("</script>\n")
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

    /** Checkboxes for each severity and each rule that has findings, hidden until the script shows them. */
    private static void appendFilters(StringBuilder out, LintResult result) {
        TreeSet<String> ruleIds = new TreeSet<>();
        result.files().forEach(file -> file.findings().forEach(finding -> ruleIds.add(finding.rule())));
        if (ruleIds.isEmpty()) {
            out.append("<form id=\"filters\" hidden></form>\n");
            return;
        }
        out.append("<form id=\"filters\" hidden>\n<fieldset><legend>Severity</legend>\n");
        for (Severity severity : Severity.values()) {
            appendCheckbox(out, "severity", severity.id());
        }
        out.append("</fieldset>\n<fieldset><legend>Rule</legend>\n");
        for (String rule : ruleIds) {
            appendCheckbox(out, "rule", rule);
        }
        out.append("</fieldset>\n</form>\n");
    }

    private static void appendCheckbox(StringBuilder out, String name, String value) {
        String escaped = HtmlText.escape(value);
        out.append("<label><input type=\"checkbox\" name=\"").append(name).append("\" value=\"").append(escaped)
                .append("\" checked> ").append(escaped).append("</label>\n");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
