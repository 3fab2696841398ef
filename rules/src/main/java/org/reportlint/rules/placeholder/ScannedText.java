package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.text.PlainSpaces;

/**
 * A piece of text the rule scans, with the way back to source offsets: the visible text of a block, the value of an
 * attribute a reader sees (an image's {@code alt}, a link's {@code title}, the page description), or another
 * attribute value, such as a link, where only template syntax is looked for.
 */
final class ScannedText {
    /** Attributes whose values readers and search engines show as text. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("alt", "title", "aria-label");
    /** Meta tags whose {@code content} is shown as the page's title or summary. */
    private static final Set<String> SHOWN_META = Set.of(
            "description", "og:title", "og:description", "twitter:title", "twitter:description");

    /** Attributes that hold script or style, where braces and {@code ${}} are code, not templates. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("style", "class", "id");

    private final String text;
    private final TextBlock block;
    private final int sourceStart;
    private final boolean shown;

    private ScannedText(String text, TextBlock block, int sourceStart, boolean shown) {
        // Templates write USD&nbsp;XX as often as USD XX: the matchers then need only one kind of space.
        this.text = PlainSpaces.of(text);
        this.block = block;
        this.sourceStart = sourceStart;
        this.shown = shown;
    }

    /** The text blocks of every kind, then the attribute values of an HTML document. */
    static List<ScannedText> of(Document document) {
        List<ScannedText> texts = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            texts.add(new ScannedText(block.text(), block, 0, true));
        }
        for (MarkupToken token : document.markup()) {
            if (token.kind() != MarkupToken.Kind.START_TAG) {
                continue;
            }
            for (MarkupToken.Attribute attribute : token.attributes()) {
                String name = attribute.name();
                if (attribute.value().isBlank() || name.startsWith("on") || CODE_ATTRIBUTES.contains(name)) {
                    continue;
                }
                texts.add(new ScannedText(attribute.value(), null, attribute.valueRange().start(),
                        isShown(token, attribute)));
            }
        }
        return texts;
    }

    private static boolean isShown(MarkupToken token, MarkupToken.Attribute attribute) {
        if (SHOWN_ATTRIBUTES.contains(attribute.name())) {
            return true;
        }
        return token.name().equals("meta") && attribute.name().equals("content")
                && (token.attribute("name").map(a -> SHOWN_META.contains(a.value().toLowerCase())).orElse(false)
                        || token.attribute("property").map(a -> SHOWN_META.contains(a.value().toLowerCase()))
                                .orElse(false));
    }

    /** Whether readers see this text; for other attribute values only template syntax is looked for. */
    boolean shown() {
        return shown;
    }

    /** The text to match, with every kind of space written as a plain space. */
    String text() {
        return text;
    }

    /** Whether text characters {@code [start, end)} overlap inline code of a block's text. */
    boolean isCode(int start, int end) {
        return block != null && block.isCode(start, end);
    }

    /** The source range of text characters {@code [start, end)}; entities map to the whole reference. */
    TextRange sourceRange(int start, int end) {
        if (block != null) {
            return block.sourceRange(start, end);
        }
        // Attribute values are scanned raw, so their text offsets are source offsets.
        return new TextRange(sourceStart + start, sourceStart + end);
    }
}
