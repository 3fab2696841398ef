package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Tag;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.source.TextRange;

/**
 * Finds slots written in angle brackets that an HTML parser took for tags: {@code <Market Name>} in HTML is a start
 * tag {@code market} with an attribute {@code name}, so its text never reaches a block and only the markup shows it.
 *
 * <p>A tag counts only when it is no HTML element, is no custom element (those have a hyphen), has no attribute
 * values, and its name and attribute names are slot words ({@link SlotWords}); {@code <section>} and
 * {@code <my-widget>} are markup.
 */
final class SlotTags {
    private SlotTags() {
    }

    /** The source ranges of the start tags that are slots. */
    static List<TextRange> in(Document document) {
        List<TextRange> slots = new ArrayList<>();
        for (MarkupToken token : document.markup()) {
            if (token.kind() == MarkupToken.Kind.START_TAG && isSlot(token)) {
                slots.add(token.range());
            }
        }
        return slots;
    }

    private static boolean isSlot(MarkupToken token) {
        String name = token.name();
        if (name.isEmpty() || name.indexOf('-') >= 0 || Tag.isKnownTag(name) || token.selfClosing()) {
            return false;
        }
        StringBuilder words = new StringBuilder(name);
        for (MarkupToken.Attribute attribute : token.attributes()) {
            if (!attribute.value().isEmpty()) {
                return false;
            }
            words.append(' ').append(attribute.name());
        }
        return SlotWords.isSlot(words.toString());
    }
}
