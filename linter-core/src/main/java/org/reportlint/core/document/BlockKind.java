package org.reportlint.core.document;

/** What kind of block a {@link TextBlock} is the text of. */
public enum BlockKind {
    /** The document title ({@code <title>}). */
    TITLE,
    /** A heading, {@code h1} to {@code h6}. */
    HEADING,
    /** A paragraph, or a paragraph of plain text between blank lines. */
    PARAGRAPH,
    /** A list item, definition term or definition. */
    LIST_ITEM,
    /** A table cell, header or data. */
    TABLE_CELL,
    /** Any other text: directly in the body, a {@code div}, a quotation and the like. */
    OTHER
}
