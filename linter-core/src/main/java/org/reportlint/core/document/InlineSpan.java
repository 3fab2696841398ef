package org.reportlint.core.document;

/**
 * A stretch of a text block's text that an inline element of the source holds: the text of a Markdown link, the alt
 * text of a Markdown image. Offsets are block text offsets, end exclusive.
 *
 * @param kind what holds the text
 * @param start the text offset of its first character
 * @param end the text offset just after its last character
 */
public record InlineSpan(Kind kind, int start, int end) {

    /** The inline elements whose text rules may want to tell apart from the text around it. */
    public enum Kind {
        /** The text of a link: {@code [text](url)}, {@code [text][ref]}, {@code <https://...>}. */
        LINK_TEXT,
        /** The alt text of an image: {@code ![alt](src)}. */
        IMAGE_ALT
    }
}
