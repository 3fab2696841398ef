package org.reportlint.maven;

import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;

/**
 * The {@code reportlint} page of a Maven site: the summary, the count per rule, and every finding with its file and
 * position, in the site's own look; it links to the self-contained HTML report for code frames and fixes.
 */
final class SitePage {
    static final String TITLE = "reportlint";

    private SitePage() {
    }

    /** Renders the page; {@code fullReport} is the HTML report's path relative to the page. */
    static void render(Sink sink, LintResult result, String fullReport) {
        sink.head();
        sink.title();
        sink.text(TITLE);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(TITLE);
        sink.sectionTitle1_();
        paragraph(sink, LogLines.summary(result).substring("reportlint: ".length()));
        sink.paragraph();
        sink.link(fullReport);
        sink.text("The full report, with the text around each finding");
        sink.link_();
        sink.paragraph_();
        List<RuleSummary.RuleCount> counts = RuleSummary.count(result);
        if (!counts.isEmpty()) {
            section(sink, "Rules");
            sink.table();
            sink.tableRows();
            row(sink, true, "Rule", "Findings");
            for (RuleSummary.RuleCount count : counts) {
                row(sink, false, count.rule(), RuleSummary.line(count).substring(("reportlint: " + count.rule()
                        + ": ").length()));
            }
            sink.tableRows_();
            sink.table_();
            sink.section2_();
        }
        for (FileResult file : result.files()) {
            if (file.findings().isEmpty() && file.errors().isEmpty()) {
                continue;
            }
            section(sink, file.path());
            for (String error : file.errors()) {
                paragraph(sink, error);
            }
            if (!file.findings().isEmpty()) {
                sink.table();
                sink.tableRows();
                row(sink, true, "Line", "Column", "Severity", "Rule", "Message");
                for (Finding finding : file.findings()) {
                    row(sink, false, String.valueOf(finding.span().start().line()),
                            String.valueOf(finding.span().start().column()), finding.severity().id(), finding.rule(),
                            LogLines.printable(finding.message()));
                }
                sink.tableRows_();
                sink.table_();
            }
            sink.section2_();
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void section(Sink sink, String title) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(title);
        sink.sectionTitle2_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(cell);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }
}
