package org.reportlint.core.testing;

import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.format.FormatterProvider;

/** A third-party style report format, registered in the test class path's services file: the number of findings. */
public final class CountFormatProvider implements FormatterProvider {

    @Override
    public String id() {
        return "count";
    }

    @Override
    public String description() {
        return "How many findings the run reported";
    }

    @Override
    public Formatter create(FormatContext context) {
        return result -> result.summary().findings() + " findings\n";
    }
}
