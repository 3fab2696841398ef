package org.reportlint.cli.testformats;

import java.io.IOException;
import java.io.Writer;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Summary;

/** A report format whose writes fail after its first file, as a full disk or a lost mount fails them. */
public final class BrokenFormat implements FormatterProvider {

    @Override
    public String id() {
        return "t-broken";
    }

    @Override
    public String description() {
        return "Fails after writing its first file";
    }

    @Override
    public Formatter create(FormatContext context) {
        return (StreamingFormatter) out -> new ReportStream() {
            private int files;

            @Override
            public void file(FileResult file) throws IOException {
                if (files++ > 0) {
                    throw new IOException("No space left on device");
                }
                out.write("first " + file.path() + "\n");
                out.flush();
            }

            @Override
            public void finish(Summary summary) throws IOException {
                out.write("end\n");
            }
        };
    }
}
