package org.reportlint.core.document;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.source.TextRange;

/**
 * One piece of markup as written in the source, before any browser repair: a start tag, an end tag, a comment or
 * a declaration such as a doctype.
 *
 * @param kind what the token is
 * @param name the lower-case tag name; empty for comments and declarations
 * @param range the source range of the whole token, from {@code <} to {@code >}
 * @param selfClosing whether a start tag ends with {@code />}
 * @param attributes the start tag's attributes in source order
 * @param content for a comment, the range between {@code <!--} and {@code -->}; otherwise empty
 */
public record MarkupToken(Kind kind, String name, TextRange range, boolean selfClosing,
                          List<Attribute> attributes, TextRange content) {

    /** The kinds of markup token. */
    public enum Kind { START_TAG, END_TAG, COMMENT, DECLARATION }

    /**
     * One attribute of a start tag.
     *
     * @param name the lower-case attribute name
     * @param value the raw value without quotes, entities not decoded; empty when the attribute has no value
     * @param range the source range of the whole attribute
     * @param valueRange the source range of the value without quotes
     */
    public record Attribute(String name, String value, TextRange range, TextRange valueRange) {
    }

    public MarkupToken {
        attributes = List.copyOf(attributes);
    }

    public boolean isStartTag(String tagName) {
        return kind == Kind.START_TAG && name.equals(tagName);
    }

    public boolean isEndTag(String tagName) {
        return kind == Kind.END_TAG && name.equals(tagName);
    }

    /** The first attribute of the name, as the tag has it in lower case. */
    public Optional<Attribute> attribute(String attributeName) {
        // A loop, not a stream: the HTML rules ask for every start tag, and a stream cost more than the search.
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(attributeName)) {
                return Optional.of(attributes.get(i));
            }
        }
        return Optional.empty();
    }
}
