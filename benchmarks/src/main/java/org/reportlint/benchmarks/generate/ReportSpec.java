package org.reportlint.benchmarks.generate;

import java.util.Set;

/**
 * What one generated report is to be: drawn by {@link ReportMix} before any text is written.
 *
 * @param index the report's number in its set, which names its file
 * @param format how it is written
 * @param oneLine whether the whole report is on one line, as many generators write HTML
 * @param extension the file name's extension, without the dot ({@code txt} for some HTML, as generators save it)
 * @param targetBytes the size the body is grown to, within 5-50 KB
 * @param defects the defects seeded into it; empty for a clean report
 */
public record ReportSpec(int index, Format format, boolean oneLine, String extension, int targetBytes,
                         Set<Defect> defects) {
    public ReportSpec {
        defects = Set.copyOf(defects);
    }

    public String fileName() {
        return String.format(java.util.Locale.ROOT, "report-%05d.%s", index, extension);
    }
}
