package org.reportlint.benchmarks.generate;

import java.util.List;

/** One block of a generated report, before it is written in a format. */
sealed interface ReportBlock {
    /** The visible characters, a cheap estimate of the written size. */
    int textLength();

    record Heading(int level, String text) implements ReportBlock {
        public int textLength() {
            return text.length();
        }
    }

    record Paragraph(String text) implements ReportBlock {
        public int textLength() {
            return text.length();
        }
    }

    /** The headline statement of a WordPress-style page: a link to the report's sample page, then the figures. */
    record Headline(String linkText, String url, String rest) implements ReportBlock {
        public int textLength() {
            return linkText.length() + rest.length() + url.length();
        }
    }

    /** A decorative image, as CMS exports put under the title. */
    record Image(String src, int width, int height) implements ReportBlock {
        public int textLength() {
            return src.length();
        }
    }

    record ItemList(List<String> items) implements ReportBlock {
        public ItemList {
            items = List.copyOf(items);
        }

        public int textLength() {
            return items.stream().mapToInt(String::length).sum();
        }
    }

    /** A table whose first row is its header. */
    record Table(List<List<String>> rows) implements ReportBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        public int textLength() {
            return rows.stream().flatMap(List::stream).mapToInt(String::length).sum();
        }
    }
}
