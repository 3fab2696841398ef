package org.reportlint.rules.malformedhtml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.document.MarkupToken;

/** Finds {@code id} attribute values used by more than one element; template content has ids of its own. */
final class DuplicateIds {

    private DuplicateIds() {
    }

    /** One defect per repeated use of an id, pointing back at its first use. */
    static List<HtmlDefect> find(List<MarkupToken> tokens) {
        Map<String, ElementStart> firstUse = new HashMap<>();
        List<HtmlDefect> defects = new ArrayList<>();
        int templateDepth = 0;
        for (MarkupToken token : tokens) {
            if (token.isEndTag("template")) {
                templateDepth = Math.max(0, templateDepth - 1);
            }
            if (token.kind() != MarkupToken.Kind.START_TAG) {
                continue;
            }
            Optional<MarkupToken.Attribute> id = token.attribute("id");
            if (templateDepth == 0 && id.isPresent() && !id.get().value().isBlank()) {
                ElementStart first = firstUse.putIfAbsent(id.get().value(),
                        new ElementStart(token.name(), id.get().range()));
                if (first != null) {
                    defects.add(new HtmlDefect(HtmlDefect.Kind.DUPLICATE_ID, id.get().range(), id.get().value(),
                            Optional.of(first), Optional.empty()));
                }
            }
            if (token.name().equals("template")) {
                templateDepth++;
            }
        }
        return defects;
    }
}
