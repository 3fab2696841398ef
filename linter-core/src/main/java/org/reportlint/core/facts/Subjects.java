package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * What each statement of a document is about: its own market, taken from its title or first heading, the parts of
 * the page that are about other markets, and the subject of the sentence at any point of the text.
 *
 * <p>Ambiguity goes towards "not the document's market": a section that names a market the document's name does not
 * cover is another market's, and so is a sentence whose nearest named market is one. A statement that names no
 * subject at all is about the document's market.
 */
public final class Subjects {
    /** What separates a page title from the publisher's name: "Widget Market Size | Acme", "... - Acme". */
    private static final Pattern PUBLISHER = Pattern.compile("\\s+[|\u2013\u2014-]\\s+|\\s*[|:]\\s+");
    /** Words that only a page of several reports puts in its own title. */
    private static final Pattern LISTING = Pattern.compile("(?i)\\b(?:reports|press\\s+releases|news\\s+releases"
            + "|articles|publications|search\\s+results|categor(?:y|ies)|archives?|catalog(?:ue)?|directory)\\b");
    /** A title that ends with "news" names a section of news, not one story: "Sensor Market News". */
    private static final Pattern NEWS = Pattern.compile("(?i)\\bnews\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private final String documentMarket;
    private final Map<TextBlock, SeparatePart> parts;
    private final List<SeparatePart> partList;
    private final Facts facts;
    private final ByOffset classified = new ByOffset();
    private final Map<TextBlock, String> rows = new IdentityHashMap<>();
    private final Map<Sentence, SubjectClassifier.Reading> readings = new java.util.HashMap<>();

    private Subjects(String documentMarket, Map<TextBlock, SeparatePart> parts, Facts facts) {
        this.documentMarket = documentMarket;
        this.parts = parts;
        this.facts = facts;
        List<SeparatePart> distinct = new ArrayList<>();
        Set<SeparatePart> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock block : facts.document().blocks()) {
            SeparatePart part = parts.get(block);
            if (part != null && seen.add(part)) {
                distinct.add(part);
            }
        }
        this.partList = List.copyOf(distinct);
    }

    static Subjects of(Facts facts) {
        Document document = facts.document();
        FirstNames names = new FirstNames();
        String market = documentMarket(document, names);
        return new Subjects(market, PartFinder.find(document, market, names), facts);
    }

    /**
     * The market the document is about, from its title (the words before the publisher's name), else its first heading
     * when that is not one item of a listing, else the first line of its text: {@code widget market} for "Global Widget
     * Market Size, Share &amp; Forecast 2024-2030 | Acme Market Research". Empty when none names a market, and when
     * they name a collection of reports rather than one ("Sensor Market Research Reports", "Press Releases", "Sensor
     * Market News").
     */
    public Optional<String> documentMarket() {
        return documentMarket.isEmpty() ? Optional.empty() : Optional.of(documentMarket);
    }

    /** The parts of the document about other markets, in document order. */
    public List<SeparatePart> separateParts() {
        return partList;
    }

    /** The separate part {@code block} is in, if it is in one. */
    public Optional<SeparatePart> partOf(TextBlock block) {
        return Optional.ofNullable(parts.get(block));
    }

    /** Whether the page lists several markets' items rather than reporting on one. */
    public boolean isListingPage() {
        return partList.stream().filter(p -> p.reason() == SeparatePart.Reason.LISTING_ITEM).count() >= 2;
    }

    /** What the statement at block text offset {@code index} of {@code block} is about. */
    public Subject at(TextBlock block, int index) {
        SeparatePart part = parts.get(block);
        if (part != null) {
            return new Subject(Subject.Kind.OTHER_MARKET, part.name());
        }
        // Several facts and rules ask about the same figure (a size is also a CAGR's value): each is classified once.
        synchronized (classified) {
            Subject known = classified.get(block, index);
            if (known != null) {
                return known;
            }
        }
        Subject subject = FactTimes.time(FactKind.SUBJECTS, () -> classify(block, index));
        synchronized (classified) {
            classified.put(block, index, subject);
        }
        return subject;
    }

    private Subject classify(TextBlock block, int index) {
        String row;
        synchronized (rows) {
            row = rows.computeIfAbsent(block, YearRangeExtractor::rowContext);
        }
        Sentence sentence = facts.sentenceAt(block, index).orElse(null);
        return SubjectClassifier.classify(documentMarket, block, row, sentence, index, () -> reading(block, sentence));
    }

    private SubjectClassifier.Reading reading(TextBlock block, Sentence sentence) {
        synchronized (readings) {
            SubjectClassifier.Reading known = readings.get(sentence);
            if (known != null) {
                return known;
            }
        }
        SubjectClassifier.Reading read = SubjectClassifier.read(documentMarket, block, sentence);
        synchronized (readings) {
            readings.put(sentence, read);
        }
        return read;
    }

    private static String documentMarket(Document document, FirstNames names) {
        TextBlock heading = null;
        for (TextBlock text : document.blocks()) {
            if (text.kind() == BlockKind.TITLE) {
                // The publisher's name after the title may name a market of its own: "... | Acme Market Research".
                Optional<String> named = names.of(PUBLISHER.split(text.text(), 2)[0]);
                if (named.isPresent() && !isListingTitle(text.text())) {
                    return named.get();
                }
            } else if (heading == null && text.kind() == BlockKind.HEADING) {
                heading = text;
            }
        }
        if (heading != null && !isListingTitle(heading.text())) {
            Optional<String> named = names.of(heading.text());
            if (named.isPresent()) {
                return PartFinder.listingHeadings(document, "", names).contains(heading) ? "" : named.get();
            }
        }
        // Plain text has no title: its first line, when it names a market, is one.
        if (!document.blocks().isEmpty() && document.blocks().get(0).kind() == BlockKind.PARAGRAPH) {
            String first = document.blocks().get(0).text().strip();
            int lineEnd = first.indexOf('\n');
            String line = lineEnd < 0 ? first : first.substring(0, lineEnd);
            return isListingTitle(line) ? "" : names.of(line).orElse("");
        }
        return "";
    }

    /**
     * Whether a title names a collection rather than one report ("Sensor Market Research Reports | Acme", "Press
     * Releases"): its words before the publisher's name say so, and it gives no year, as a report's title does.
     */
    static boolean isListingTitle(String title) {
        String own = PUBLISHER.split(title, 2)[0];
        return (LISTING.matcher(own).find() || NEWS.matcher(own).find()) && !YEAR.matcher(title).find();
    }

    /** Subjects already classified, by block (by identity) and offset. */
    private static final class ByOffset {
        private final Map<TextBlock, Map<Integer, Subject>> byBlock = new IdentityHashMap<>();

        Subject get(TextBlock block, int index) {
            Map<Integer, Subject> inBlock = byBlock.get(block);
            return inBlock == null ? null : inBlock.get(index);
        }

        void put(TextBlock block, int index, Subject subject) {
            byBlock.computeIfAbsent(block, b -> new java.util.HashMap<>()).put(index, subject);
        }
    }
}
