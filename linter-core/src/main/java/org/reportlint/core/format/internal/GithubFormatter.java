package org.reportlint.core.format.internal;

import java.io.IOException;
import java.io.Writer;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourceSpan;

/**
 * GitHub Actions workflow commands that annotate the pull request: one
 * {@code ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE} line per finding
 * ({@code ::warning}, and {@code ::notice} for info), {@code ::error file=PATH::REASON} for a file that could not be
 * read and {@code ::notice file=PATH::NOTICE} for a skipped one. Nothing at all when there is nothing to say.
 */
final class GithubFormatter implements StreamingFormatter {

    /** Writes each file's lines as it arrives; there is nothing to write at the end. */
    @Override
    public ReportStream open(Writer out) {
        return new ReportStream() {
            @Override
            public void file(FileResult file) throws IOException {
                StringBuilder lines = new StringBuilder();
                appendFile(lines, file);
                out.append(lines);
            }

            @Override
            public void finish(Summary summary) {
            }
        };
    }

    private static void appendFile(StringBuilder out, FileResult file) {
        String path = property(file.path());
        for (String error : file.errors()) {
            out.append("::error file=").append(path).append("::").append(data(error)).append('\n');
        }
        for (String notice : file.notices()) {
            out.append("::notice file=").append(path).append("::").append(data(notice)).append('\n');
        }
        for (Finding finding : file.findings()) {
            SourceSpan span = finding.span();
            out.append("::").append(command(finding.severity()))
                    .append(" file=").append(path)
                    .append(",line=").append(span.start().line())
                    .append(",col=").append(span.start().column())
                    .append(",endLine=").append(span.end().line())
                    .append(",endColumn=").append(span.end().column())
                    .append(",title=").append(property(finding.rule()))
                    .append("::").append(data(finding.message())).append('\n');
        }
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /**
     * Escapes a command's message the way the Actions runner unescapes it; other control characters, which could
     * recolor the log, become visible stand-ins.
     */
    static String data(String text) {
        return DisplayText.safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escapes a property value, where {@code :} and {@code ,} also delimit. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
