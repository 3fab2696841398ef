package org.reportlint.benchmarks.generate;

import java.nio.charset.StandardCharsets;

/** A generated report: what it was meant to be and its text, written as UTF-8. */
public record GeneratedReport(ReportSpec spec, String text) {
    public String fileName() {
        return spec.fileName();
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
