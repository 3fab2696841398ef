package org.reportlint.core.format.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * The HTML report's two static tables, shown when scripts are off: how many findings of each severity per rule, and
 * per file. With scripts on, the report's script draws the same totals for whatever the filters leave.
 */
final class HtmlTotals {

    private HtmlTotals() {
    }

    /** A row per rule with findings, by id, with the rule's summary when the run knew it. */
    static void appendPerRule(StringBuilder out, LintResult result, List<RuleMetadata> rules) {
        Map<String, int[]> counts = new TreeMap<>();
        for (FileResult file : result.files()) {
            for (Finding finding : file.findings()) {
                counts.computeIfAbsent(finding.rule(), id -> new int[Severity.values().length])
                        [finding.severity().ordinal()]++;
            }
        }
        out.append("<h2>Totals per rule</h2>\n");
        if (counts.isEmpty()) {
            out.append("<p>No findings.</p>\n");
            return;
        }
        out.append("<table class=\"totals\">\n");
        appendHeader(out, "Rule");
        counts.forEach((rule, perSeverity) -> {
            String summary = rules.stream().filter(m -> m.id().equals(rule)).findFirst()
                    .map(RuleMetadata::summary).orElse("");
            out.append("<tr><td><code class=\"rule\">").append(HtmlText.escape(rule)).append("</code>");
            if (!summary.isBlank()) {
                out.append(" ").append(HtmlText.escape(summary));
            }
            out.append("</td>");
            appendCounts(out, perSeverity);
            out.append("</tr>\n");
        });
        out.append("</tbody>\n</table>\n");
    }

    /** A row per file looked at, clean ones included. */
    static void appendPerFile(StringBuilder out, LintResult result) {
        out.append("<h2>Totals per file</h2>\n");
        if (result.files().isEmpty()) {
            out.append("<p>No files.</p>\n");
            return;
        }
        out.append("<table class=\"totals\">\n");
        appendHeader(out, "File");
        List<FileResult> files = result.files();
        for (int i = 0; i < files.size(); i++) {
            FileResult file = files.get(i);
            int[] perSeverity = new int[Severity.values().length];
            file.findings().forEach(f -> perSeverity[f.severity().ordinal()]++);
            String path = HtmlText.escape(file.path());
            out.append("<tr><td>");
            out.append(path);
            if (!file.errors().isEmpty()) {
                out.append(" <span class=\"error\">(not linted)</span>");
            } else if (!file.notices().isEmpty()) {
                out.append(" <span class=\"notice\">(skipped)</span>");
            }
            out.append("</td>");
            appendCounts(out, perSeverity);
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void appendHeader(StringBuilder out, String first) {
        out.append("<thead><tr><th>").append(first)
                .append("</th><th>Errors</th><th>Warnings</th><th>Infos</th><th>Total</th></tr></thead>\n<tbody>\n");
    }

    private static void appendCounts(StringBuilder out, int[] perSeverity) {
        int total = 0;
        for (int count : perSeverity) {
            out.append("<td class=\"n\">").append(count).append("</td>");
            total += count;
        }
        out.append("<td class=\"n\">").append(total).append("</td>");
    }
}
