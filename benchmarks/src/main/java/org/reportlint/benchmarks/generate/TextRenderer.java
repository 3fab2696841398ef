package org.reportlint.benchmarks.generate;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.benchmarks.generate.ReportBlock.Heading;
import org.reportlint.benchmarks.generate.ReportBlock.Headline;
import org.reportlint.benchmarks.generate.ReportBlock.ItemList;
import org.reportlint.benchmarks.generate.ReportBlock.Paragraph;
import org.reportlint.benchmarks.generate.ReportBlock.Table;

/**
 * Writes a report as plain text: one block per paragraph with blank lines between, or everything on one line as
 * text scraped from a page arrives.
 */
final class TextRenderer {
    private TextRenderer() {
    }

    static String render(Report report, boolean oneLine) {
        List<String> paragraphs = new ArrayList<>();
        for (ReportBlock block : report.blocks()) {
            if (block instanceof Heading heading) {
                paragraphs.add(heading.text());
            } else if (block instanceof Paragraph paragraph) {
                paragraphs.add(paragraph.text());
            } else if (block instanceof Headline headline) {
                paragraphs.add("The " + headline.linkText() + " " + headline.rest());
            } else if (block instanceof ItemList list) {
                paragraphs.add(String.join(oneLine ? "; " : "\n", list.items()));
            } else if (block instanceof Table table) {
                table.rows().subList(1, table.rows().size()).forEach(row -> paragraphs.add(String.join(": ", row)));
            }
            // Scraped text keeps no images.
        }
        return String.join(oneLine ? " " : "\n\n", paragraphs) + "\n";
    }
}
