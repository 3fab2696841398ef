package org.reportlint.rules.malformedhtml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.document.MarkupToken;

/**
 * Finds an attribute given twice on one start tag, such as {@code <p class="a" class="b">}: a browser keeps the first
 * value and silently drops the later ones. Names compare case-insensitively, as the tokenizer lower-cases them.
 */
final class DuplicateAttributes {

    /** Up to this many attributes a tag's names are compared pairwise. */
    private static final int SMALL = 8;

    private DuplicateAttributes() {
    }

    /** One defect per repeated attribute, pointing back at the first attribute of that name on the same tag. */
    static List<HtmlDefect> find(List<MarkupToken> tokens) {
        List<HtmlDefect> defects = new ArrayList<>();
        for (MarkupToken token : tokens) {
            if (token.kind() != MarkupToken.Kind.START_TAG || token.attributes().size() < 2) {
                continue;
            }
            List<MarkupToken.Attribute> attributes = token.attributes();
            // Most tags have a handful of attributes: comparing pairs is cheaper than a map until there are many.
            Map<String, MarkupToken.Attribute> first = attributes.size() > SMALL ? new HashMap<>() : null;
            for (int i = 0; i < attributes.size(); i++) {
                MarkupToken.Attribute attribute = attributes.get(i);
                MarkupToken.Attribute earlier = first != null ? first.putIfAbsent(attribute.name(), attribute)
                        : earlier(attributes, i);
                if (earlier != null && !attribute.name().isEmpty()) {
                    defects.add(new HtmlDefect(HtmlDefect.Kind.DUPLICATE_ATTRIBUTE, attribute.range(),
                            attribute.name(), Optional.of(new ElementStart(token.name(), earlier.range())),
                            Optional.empty()));
                }
            }
        }
        return defects;
    }

    private static MarkupToken.Attribute earlier(List<MarkupToken.Attribute> attributes, int index) {
        String name = attributes.get(index).name();
        for (int i = 0; i < index; i++) {
            if (attributes.get(i).name().equals(name)) {
                return attributes.get(i);
            }
        }
        return null;
    }
}
