package org.reportlint.cli.testformats;

import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.result.FileResult;

/** A report format as a third-party jar would add one: a line per file with its number of findings. */
public final class CountFormat implements FormatterProvider {

    @Override
    public String id() {
        return "count";
    }

    @Override
    public String description() {
        return "Findings per file, one line each";
    }

    @Override
    public Formatter create(FormatContext context) {
        return result -> {
            StringBuilder out = new StringBuilder();
            for (FileResult file : result.files()) {
                out.append(file.path()).append(' ').append(file.findings().size()).append('\n');
            }
            return out.append("total ").append(result.summary().findings()).append('\n').toString();
        };
    }
}
