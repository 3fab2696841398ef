package org.reportlint.core.document;

/** What a {@link Block} of the document tree is, whatever format the document was written in. */
public enum BlockKind {
    /** The root of the tree; text directly in it is text outside any other block. */
    DOCUMENT,
    /** The document title: {@code <title>}, or the {@code title} of Markdown front matter. */
    TITLE,
    /** A heading with its {@link Block#level() level}: {@code h1} to {@code h6}, {@code #} to {@code ######}. */
    HEADING,
    /** A paragraph, or a paragraph of plain text between blank lines. */
    PARAGRAPH,
    /** A bulleted, numbered or definition list; its children are {@link #LIST_ITEM}s. */
    LIST,
    /** A list item, definition term or definition. */
    LIST_ITEM,
    /** A table; its children are {@link #TABLE_ROW}s. */
    TABLE,
    /** A table row with its {@link Block#row() row index}. */
    TABLE_ROW,
    /** A table cell, header or data, with its {@link Block#row() row} and {@link Block#column() column}. */
    TABLE_CELL,
    /** A quotation. */
    QUOTE,
    /** Code shown as written ({@code <pre>}, a fenced or indented Markdown block); prose rules never read it. */
    CODE,
    /** Metadata before the document (YAML front matter); prose rules never read it. */
    FRONT_MATTER,
    /** Any other container: a {@code div}, {@code section}, {@code article}, a caption, a figure and the like. */
    SECTION;

    /** Whether the text of blocks of this kind is report prose, the text that content rules read. */
    public boolean isProse() {
        return this != CODE && this != FRONT_MATTER;
    }
}
