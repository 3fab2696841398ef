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

    private DuplicateAttributes() {
    }

    /** One defect per repeated attribute, pointing back at the first attribute of that name on the same tag. */
    static List<HtmlDefect> find(List<MarkupToken> tokens) {
        List<HtmlDefect> defects = new ArrayList<>();
        for (MarkupToken token : tokens) {
            if (token.kind() != MarkupToken.Kind.START_TAG || token.attributes().size() < 2) {
                continue;
            }
            Map<String, MarkupToken.Attribute> first = new HashMap<>();
            for (MarkupToken.Attribute attribute : token.attributes()) {
                MarkupToken.Attribute earlier = first.putIfAbsent(attribute.name(), attribute);
                if (earlier != null && !attribute.name().isEmpty()) {
                    defects.add(new HtmlDefect(HtmlDefect.Kind.DUPLICATE_ATTRIBUTE, attribute.range(),
                            attribute.name(), Optional.of(new ElementStart(token.name(), earlier.range())),
                            Optional.empty()));
                }
            }
        }
        return defects;
    }
}
