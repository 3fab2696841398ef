package org.reportlint.core.format;

import java.io.IOException;
import java.io.Writer;
import org.reportlint.core.result.LintResult;

/**
 * Renders a run's result as a report: a pure function of its input, with no I/O, no clock and no locale, so the same
 * result always gives the same text. Formatters are made by a {@link FormatterProvider}.
 */
@FunctionalInterface
public interface Formatter {

    String format(LintResult result);

    /**
     * Writes the same report to {@code out}. Formatters whose reports can be large write them piece by piece, so a
     * run with a hundred thousand findings never holds the whole report in memory as one string.
     */
    default void write(LintResult result, Writer out) throws IOException {
        out.write(format(result));
    }

    /**
     * Starts the same report on {@code out} for results that arrive one file at a time. The default keeps each
     * file's result and writes the whole report when the stream finishes, which suits formats that open with
     * totals; a format that can write a file's part as soon as it arrives overrides this. Either way the bytes are
     * those of {@link #write}.
     */
    default ReportStream open(Writer out) {
        return new BufferedReportStream(this, out);
    }
}
