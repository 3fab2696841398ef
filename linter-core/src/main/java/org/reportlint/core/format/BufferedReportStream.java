package org.reportlint.core.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.Summary;

/** The stream of a format that needs the whole result first: it keeps the files and writes everything at the end. */
final class BufferedReportStream implements ReportStream {
    private final Formatter formatter;
    private final Writer out;
    private final List<FileResult> files = new ArrayList<>();

    BufferedReportStream(Formatter formatter, Writer out) {
        this.formatter = formatter;
        this.out = out;
    }

    @Override
    public void file(FileResult file) {
        files.add(file);
    }

    @Override
    public void finish(Summary summary) throws IOException {
        formatter.write(new LintResult(files, summary), out);
        files.clear();
    }
}
