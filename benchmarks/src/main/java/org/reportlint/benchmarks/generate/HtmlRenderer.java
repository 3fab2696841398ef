package org.reportlint.benchmarks.generate;

import java.util.List;
import org.reportlint.benchmarks.generate.ReportBlock.Heading;
import org.reportlint.benchmarks.generate.ReportBlock.Headline;
import org.reportlint.benchmarks.generate.ReportBlock.Image;
import org.reportlint.benchmarks.generate.ReportBlock.ItemList;
import org.reportlint.benchmarks.generate.ReportBlock.Paragraph;
import org.reportlint.benchmarks.generate.ReportBlock.Table;

/**
 * Writes a report as HTML: a fragment in the style of CMS exports (image under the title, the headline figures in
 * a linked block quote) or a whole page, on one line or one element per line, with its markup fault if it has one.
 */
final class HtmlRenderer {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final String newline;
    private final MarkupFault fault;
    private int sections;

    private HtmlRenderer(boolean oneLine, MarkupFault fault) {
        this.newline = oneLine ? "" : "\n";
        this.fault = fault;
    }

    static String render(Report report, boolean page, boolean oneLine) {
        HtmlRenderer renderer = new HtmlRenderer(oneLine, report.markupFault().orElse(null));
        if (page) {
            renderer.pageStart(report);
        }
        for (ReportBlock block : report.blocks()) {
            renderer.block(block);
        }
        if (page) {
            renderer.line("</article>").line("</body>").line("</html>");
        }
        return renderer.out.toString();
    }

    private void pageStart(Report report) {
        line("<!DOCTYPE html>").line("<html lang=\"en\">").line("<head>").line("<meta charset=\"utf-8\">");
        line("<title>" + escape(report.title()) + "</title>");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        line("</head>").line("<body>").line("<article class=\"report\">");
    }

    private void block(ReportBlock block) {
        // Java 17 has no pattern matching in switch: the block kinds are told apart one by one.
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            line("<p>" + escape(paragraph.text()) + "</p>");
            if (fault == MarkupFault.STRAY_END_TAG && sections == 3) {
                // The closing half of a wrapper whose opening half the template lost.
                line("</div>");
                sections++;
            }
        } else if (block instanceof Headline headline) {
            line("<blockquote><p><a href=\"" + escape(headline.url()) + "\" target=\"_blank\">"
                    + escape(headline.linkText()) + "</a> " + escape(headline.rest()) + "</p></blockquote>");
        } else if (block instanceof Image image) {
            line("<p><img class=\"aligncenter size-medium\" src=\"" + escape(image.src()) + "\" alt=\"\" width=\""
                    + image.width() + "\" height=\"" + image.height() + "\" /></p>");
        } else if (block instanceof ItemList list) {
            list(list.items());
        } else {
            table(((Table) block).rows());
        }
    }

    private void heading(Heading heading) {
        String open = "<h" + heading.level() + ">";
        String close = "</h" + heading.level() + ">";
        if (heading.level() == 1 && fault == MarkupFault.PARAGRAPH_WRAPPED_TITLE) {
            open = "<p>" + open;
        }
        if (heading.level() == 2) {
            if (sections == 0 && fault == MarkupFault.MISMATCHED_HEADING_END) {
                close = "</h3>";
            }
            sections++;
        }
        line(open + escape(heading.text()) + close);
    }

    private void list(List<String> items) {
        line("<ul>");
        for (String item : items) {
            line("<li>" + escape(item) + "</li>");
        }
        line("</ul>");
    }

    private void table(List<List<String>> rows) {
        line("<table>").line("<thead>");
        cells("th", rows.get(0));
        line("</thead>").line("<tbody>");
        for (List<String> row : rows.subList(1, rows.size())) {
            cells("td", row);
        }
        line("</tbody>").line("</table>");
    }

    private void cells(String tag, List<String> row) {
        StringBuilder cells = new StringBuilder("<tr>");
        for (String cell : row) {
            cells.append('<').append(tag).append('>').append(escape(cell)).append("</").append(tag).append('>');
        }
        line(cells.append("</tr>").toString());
    }

    private HtmlRenderer line(String markup) {
        out.append(markup).append(newline);
        return this;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
