package org.reportlint.core.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;

/**
 * A formatter whose report is written one file at a time: it only implements {@link #open(Writer)}, and the whole
 * report, as a string or to a writer, is that stream run over every file, so the two can never differ.
 */
public interface StreamingFormatter extends Formatter {

    @Override
    ReportStream open(Writer out);

    @Override
    default void write(LintResult result, Writer out) throws IOException {
        ReportStream stream = open(out);
        for (FileResult file : result.files()) {
            stream.file(file);
        }
        stream.finish(result.summary());
    }

    @Override
    default String format(LintResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to a string failed", impossible);
        }
        return out.toString();
    }
}
