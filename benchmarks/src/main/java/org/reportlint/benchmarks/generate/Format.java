package org.reportlint.benchmarks.generate;

/** How a generated report is written: the shapes report generators produce. */
public enum Format {
    /** Body markup without a document around it, as CMS exports and WordPress posts are saved. */
    HTML_FRAGMENT,
    /** A whole page: doctype, head and body. */
    HTML_PAGE,
    MARKDOWN,
    /** Plain text: headings as lines of their own, paragraphs separated by blank lines. */
    TEXT;

    public boolean isHtml() {
        return this == HTML_FRAGMENT || this == HTML_PAGE;
    }
}
