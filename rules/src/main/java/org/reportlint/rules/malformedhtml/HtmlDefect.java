package org.reportlint.rules.malformedhtml;

import java.util.Optional;
import org.reportlint.core.source.TextRange;

/**
 * One repair a browser makes to the markup as written, found by {@link TreeBuilder}.
 *
 * @param kind what is wrong
 * @param range the offending tag or text
 * @param tag the lower-case name of the offending tag; empty for text
 * @param open the element the defect is about, such as the open element an end tag does not match
 * @param other a second element: the enclosing element, or the tag that closed an element implicitly
 */
record HtmlDefect(Kind kind, TextRange range, String tag, Optional<ElementStart> open,
                  Optional<ElementStart> other) {

    /** The kinds of repair, each with its own message. */
    enum Kind {
        MISMATCHED_END_TAG,
        UNCLOSED_BEFORE_END_TAG,
        START_TAG_CLOSES_OPEN,
        IGNORED_END_TAG,
        STRAY_END_TAG,
        STRAY_END_TAG_OUT_OF_SCOPE,
        STRAY_END_TAG_ALREADY_CLOSED,
        VOID_END_TAG,
        BLOCK_CLOSES_PARAGRAPH,
        HEADING_CLOSES_HEADING,
        NESTED_CLOSES_OUTER,
        NESTED_FORM,
        DOCUMENT_END_IN_CONTENT,
        DOCUMENT_TAG_IN_CONTENT,
        UNCLOSED_AT_END,
        MISNESTED_FORMATTING,
        DUPLICATE_ID,
        DUPLICATE_ATTRIBUTE,
        UNTERMINATED_COMMENT,
        ABRUPT_COMMENT,
        NESTED_COMMENT,
        SELF_CLOSING_NON_VOID,
        FOSTER_PARENTED_ELEMENT,
        FOSTER_PARENTED_TEXT,
        FOREIGN_BREAKOUT,
        TABLE_PART_OUTSIDE_TABLE
    }

    static HtmlDefect of(Kind kind, TextRange range, String tag) {
        return new HtmlDefect(kind, range, tag, Optional.empty(), Optional.empty());
    }

    static HtmlDefect of(Kind kind, TextRange range, String tag, OpenElement open) {
        return new HtmlDefect(kind, range, tag, Optional.of(open.toStart()), Optional.empty());
    }

    static HtmlDefect of(Kind kind, TextRange range, String tag, OpenElement open, ElementStart other) {
        return new HtmlDefect(kind, range, tag, Optional.of(open.toStart()), Optional.of(other));
    }
}
