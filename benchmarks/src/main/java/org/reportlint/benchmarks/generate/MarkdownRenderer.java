package org.reportlint.benchmarks.generate;

import java.util.List;
import org.reportlint.benchmarks.generate.ReportBlock.Heading;
import org.reportlint.benchmarks.generate.ReportBlock.Headline;
import org.reportlint.benchmarks.generate.ReportBlock.Image;
import org.reportlint.benchmarks.generate.ReportBlock.ItemList;
import org.reportlint.benchmarks.generate.ReportBlock.Paragraph;
import org.reportlint.benchmarks.generate.ReportBlock.Table;

/** Writes a report as CommonMark with GFM tables, one block per paragraph, as static-site generators keep them. */
final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    static String render(Report report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        for (ReportBlock block : report.blocks()) {
            if (block instanceof Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(heading.text());
            } else if (block instanceof Paragraph paragraph) {
                out.append(paragraph.text());
            } else if (block instanceof Headline headline) {
                out.append('[').append(headline.linkText()).append("](").append(headline.url()).append(") ")
                        .append(headline.rest());
            } else if (block instanceof Image image) {
                out.append("![](").append(image.src()).append(')');
            } else if (block instanceof ItemList list) {
                list.items().forEach(item -> out.append("- ").append(item).append('\n'));
            } else {
                table(out, ((Table) block).rows());
            }
            trimNewline(out);
            out.append("\n\n");
        }
        trimNewline(out);
        return out.append('\n').toString();
    }

    private static void table(StringBuilder out, List<List<String>> rows) {
        row(out, rows.get(0));
        out.append("|---".repeat(rows.get(0).size())).append("|\n");
        rows.subList(1, rows.size()).forEach(row -> row(out, row));
    }

    private static void row(StringBuilder out, List<String> cells) {
        cells.forEach(cell -> out.append("| ").append(cell).append(' '));
        out.append("|\n");
    }

    private static void trimNewline(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
    }
}
