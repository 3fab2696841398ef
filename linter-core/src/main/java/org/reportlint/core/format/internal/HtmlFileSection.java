package org.reportlint.core.format.internal;

import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.source.SourcePosition;

/**
 * One file's part of the HTML report: why it could not be linted, and each finding with its severity, position,
 * message, rule, a code frame that marks the flagged text, and its related places. Every finding carries its rule
 * and severity as data attributes for the filter script.
 */
final class HtmlFileSection {
    private static final String ELLIPSIS = "\u2026";

    private HtmlFileSection() {
    }

    /** Whether the file has anything to show beyond a row of zeros. */
    static boolean hasSection(FileResult file) {
        return !file.findings().isEmpty() || !file.errors().isEmpty() || !file.notices().isEmpty();
    }

    /** The fragment id of the file at {@code index} in the result: paths are untrusted, positions are not. */
    static String anchor(int index) {
        return "file-" + (index + 1);
    }

    static void append(StringBuilder out, FileResult file, int index) {
        out.append("<section class=\"file\" id=\"").append(anchor(index)).append("\">\n<h2>")
                .append(HtmlText.escape(file.path())).append("</h2>\n");
        for (String error : file.errors()) {
            out.append("<p class=\"problem error\">").append(HtmlText.escape(error)).append("</p>\n");
        }
        for (String notice : file.notices()) {
            out.append("<p class=\"problem notice\">").append(HtmlText.escape(notice)).append("</p>\n");
        }
        if (!file.findings().isEmpty()) {
            out.append("<ol class=\"findings\">\n");
            for (Finding finding : file.findings()) {
                appendFinding(out, finding);
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n");
    }

    private static void appendFinding(StringBuilder out, Finding finding) {
        String severity = finding.severity().id();
        out.append("<li class=\"finding\" data-rule=\"").append(HtmlText.escape(finding.rule()))
                .append("\" data-severity=\"").append(severity).append("\">\n")
                .append("<div><span class=\"severity ").append(severity).append("\">").append(severity)
                .append("</span> <span class=\"position\">").append(position(finding.span().start()))
                .append("</span> <span class=\"message\">").append(HtmlText.escape(finding.message()))
                .append("</span> <code class=\"rule\">").append(HtmlText.escape(finding.rule())).append("</code>");
        if (finding.isFixable()) {
            out.append(" <span class=\"fixable\">fixable</span>");
        }
        out.append("</div>\n");
        appendFrame(out, FrameWindow.of(finding));
        if (!finding.related().isEmpty()) {
            out.append("<ul class=\"related\">\n");
            for (RelatedLocation related : finding.related()) {
                out.append("<li><span class=\"position\">")
                        .append(related.path().map(other -> HtmlText.escape(other) + ":").orElse(""))
                        .append(position(related.span().start()))
                        .append("</span> ").append(HtmlText.escape(related.message())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</li>\n");
    }

    /** The start line with the flagged text marked; a finding that covers nothing marks one blank. */
    private static void appendFrame(StringBuilder out, FrameWindow window) {
        String flagged = window.flagged();
        out.append("<pre class=\"frame\"><span class=\"gutter\">").append(window.line()).append(" | </span>")
                .append(window.truncatedLeft() ? ELLIPSIS : "")
                .append(HtmlText.escape(window.before()))
                .append("<mark>").append(flagged.isEmpty() ? " " : HtmlText.escape(flagged)).append("</mark>")
                .append(HtmlText.escape(window.after()))
                .append(window.truncatedRight() ? ELLIPSIS : "")
                .append("</pre>\n");
    }

    private static String position(SourcePosition position) {
        return position.line() + ":" + position.column();
    }
}
