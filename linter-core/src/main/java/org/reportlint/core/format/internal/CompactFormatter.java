package org.reportlint.core.format.internal;

import java.io.IOException;
import java.io.Writer;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.Summary;

/**
 * One line per finding, {@code path:line:col: severity: message [rule]}, and {@code path: error: reason} for a file
 * that could not be read: the shape of compiler messages and of ESLint's and Vale's one-line formats, which editors'
 * problem matchers and {@code grep} already understand. Each file's lines are written as its result arrives and the
 * report has no summary, so a clean run writes nothing. Control characters become visible stand-ins, as in the text
 * report, so a message cannot recolor the terminal or forge a line.
 */
final class CompactFormatter implements StreamingFormatter {

    @Override
    public ReportStream open(Writer out) {
        return new ReportStream() {
            @Override
            public void file(FileResult file) throws IOException {
                String path = DisplayText.safe(file.path());
                for (String error : file.errors()) {
                    out.append(path).append(": error: ").append(DisplayText.safe(error)).append('\n');
                }
                for (Finding finding : file.findings()) {
                    out.append(path).append(':').append(Integer.toString(finding.span().start().line()))
                            .append(':').append(Integer.toString(finding.span().start().column())).append(": ")
                            .append(finding.severity().id()).append(": ")
                            .append(DisplayText.safe(finding.message()))
                            .append(" [").append(DisplayText.safe(finding.rule())).append("]\n");
                }
            }

            @Override
            public void finish(Summary summary) {
                // Nothing to add: the lines are the whole report.
            }
        };
    }
}
