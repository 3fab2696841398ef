package org.reportlint.core.format.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.Summary;

/**
 * The Checkstyle XML report that CI dashboards and review bots read: a {@code <file>} element for every file looked at,
 * with an {@code <error line column severity message source>} per finding, {@code source} being
 * {@code reportlint.RULE}. A file that could not be read gets an error without line and column, from the source
 * {@code reportlint.unreadable}; a file skipped on purpose (binary) gets an {@code info} one from
 * {@code reportlint.skipped}, so it is not mistaken for a clean file.
 */
final class CheckstyleFormatter implements StreamingFormatter {
    static final String UNREADABLE_SOURCE = "reportlint.unreadable";
    static final String SKIPPED_SOURCE = "reportlint.skipped";

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
    private static final String FOOTER = "</checkstyle>\n";

    /** Writes each {@code <file>} element as its result arrives. */
    @Override
    public ReportStream open(Writer out) {
        return new ReportStream() {
            private boolean started;

            @Override
            public void file(FileResult file) throws IOException {
                StringBuilder element = new StringBuilder(started ? "" : HEADER);
                started = true;
                appendFile(element, file);
                out.append(element);
            }

            @Override
            public void finish(Summary summary) throws IOException {
                out.append(started ? "" : HEADER).append(FOOTER);
            }
        };
    }

    private static void appendFile(StringBuilder out, FileResult file) {
        out.append("  <file name=\"").append(XmlText.attribute(file.path())).append('"');
        if (file.findings().isEmpty() && file.errors().isEmpty() && !file.isSkipped()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (String error : file.errors()) {
            out.append("    <error severity=\"error\" message=\"").append(XmlText.attribute(error))
                    .append("\" source=\"").append(UNREADABLE_SOURCE).append("\"/>\n");
        }
        for (String notice : file.isSkipped() ? file.notices() : List.<String>of()) {
            out.append("    <error severity=\"info\" message=\"").append(XmlText.attribute(notice))
                    .append("\" source=\"").append(SKIPPED_SOURCE).append("\"/>\n");
        }
        for (Finding finding : file.findings()) {
            out.append("    <error line=\"").append(finding.span().start().line())
                    .append("\" column=\"").append(finding.span().start().column())
                    .append("\" severity=\"").append(finding.severity().id())
                    .append("\" message=\"").append(XmlText.attribute(finding.message()))
                    .append("\" source=\"reportlint.").append(XmlText.attribute(finding.rule())).append("\"/>\n");
        }
        out.append("  </file>\n");
    }
}
