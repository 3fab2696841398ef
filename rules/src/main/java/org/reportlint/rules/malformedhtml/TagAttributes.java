package org.reportlint.rules.malformedhtml;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.MarkupToken;

/**
 * Looks up a start tag's attribute by name as {@link MarkupToken#attribute} does, with a plain loop: the tree builder
 * asks for every start tag, and a stream per lookup cost more than the whole search over a handful of attributes.
 */
final class TagAttributes {

    private TagAttributes() {
    }

    /** The first attribute of the tag with the (lower-case) name, as {@link MarkupToken#attribute} gives it. */
    static Optional<MarkupToken.Attribute> named(MarkupToken token, String name) {
        List<MarkupToken.Attribute> attributes = token.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) {
                return Optional.of(attributes.get(i));
            }
        }
        return Optional.empty();
    }
}
