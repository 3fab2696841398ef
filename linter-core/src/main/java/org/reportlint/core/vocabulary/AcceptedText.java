package org.reportlint.core.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.reportlint.core.custom.Term;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * Where a document's accepted terms occur, for telling whether a finding's text lies inside one. A text block (or
 * an HTML attribute value) is searched the first time a finding falls in it, so a document with no findings costs
 * nothing however long the lists are. Used by one thread, the one that checks the document.
 */
public final class AcceptedText {
    static final AcceptedText NOTHING = new AcceptedText(null, List.of());

    private final Document document;
    private final List<VocabularyEntry> accepted;
    private final Map<TextRange, List<TextRange>> occurrencesByPart = new HashMap<>();
    private List<TextRange> attributeValues;

    AcceptedText(Document document, List<VocabularyEntry> accepted) {
        this.document = document;
        this.accepted = List.copyOf(accepted);
    }

    /**
     * Whether the source range {@code range} lies wholly inside one occurrence of an accepted term: {@code Company A}
     * in {@code Company A Ltd} when that is accepted. A range that only overlaps an occurrence is not covered.
     */
    public boolean covers(TextRange range) {
        if (accepted.isEmpty()) {
            return false;
        }
        Optional<TextBlock> block = document.blockCovering(range);
        List<TextRange> occurrences;
        if (block.isPresent()) {
            TextBlock text = block.get();
            occurrences = occurrencesByPart.computeIfAbsent(text.sourceRange(), part -> find(text));
        } else {
            Optional<TextRange> value = attributeValueCovering(range);
            if (value.isEmpty()) {
                return false;
            }
            occurrences = occurrencesByPart.computeIfAbsent(value.get(), this::find);
        }
        for (TextRange occurrence : occurrences) {
            if (occurrence.start() <= range.start() && range.end() <= occurrence.end()) {
                return true;
            }
        }
        return false;
    }

    private List<TextRange> find(TextBlock block) {
        List<TextRange> found = new ArrayList<>();
        WordSet words = WordSet.of(block.text());
        for (VocabularyEntry entry : accepted) {
            if (!entry.mayOccurIn(words)) {
                continue;
            }
            for (Term.Match match : entry.term().find(block.text())) {
                found.add(block.sourceRange(match.start(), match.end()));
            }
        }
        return found;
    }

    /** Occurrences in an attribute value, which is raw source: entities are matched as written. */
    private List<TextRange> find(TextRange value) {
        String raw = document.source().substring(value.start(), value.end());
        List<TextRange> found = new ArrayList<>();
        WordSet words = WordSet.of(raw);
        for (VocabularyEntry entry : accepted) {
            if (!entry.mayOccurIn(words)) {
                continue;
            }
            for (Term.Match match : entry.term().find(raw)) {
                found.add(new TextRange(value.start() + match.start(), value.start() + match.end()));
            }
        }
        return found;
    }

    private Optional<TextRange> attributeValueCovering(TextRange range) {
        if (attributeValues == null) {
            attributeValues = attributeValues(document);
        }
        for (TextRange value : attributeValues) {
            if (value.start() <= range.start() && range.end() <= value.end()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static List<TextRange> attributeValues(Document document) {
        List<TextRange> values = new ArrayList<>();
        if (!document.containsHtml()) {
            return values;
        }
        for (Element element : document.dom().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                Range value = attribute.sourceRange().valueRange();
                if (value.isTracked() && value.startPos() < value.endPos()) {
                    values.add(new TextRange(value.startPos(), value.endPos()));
                }
            }
        }
        return values;
    }
}
