package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.TextBlock;

/**
 * Decides what one sentence of the document's own report is about, from the subjects it names.
 *
 * <p>The nearest subject named before the statement in its sentence wins ("In Europe, the market ..." is Europe's;
 * "While Europe leads, the global market ..." the market's); with none before, the first after it. Subjects are
 * market phrases ({@code the gadget market}), regions and countries, segments ({@code the hand widgets segment}) and
 * companies with a legal form ({@code Acme Inc.}). A table cell takes its subject from the label cells of its row. A
 * sentence that opens a segment breakdown ("By vehicle type, ...") is a segment's, and so is a contrast clause with a
 * subject of its own that the text names no further ("..., while subscription services are rising at 5%"): see
 * {@link Clauses}.
 */
final class SubjectClassifier {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern REGION = Pattern.compile("(?<![\\p{L}.])(?:(?i:north\\s+america|south\\s+america"
            + "|latin\\s+america|europe|asia[\\s-]+pacific|asia|middle\\s+east(?:\\s+(?:&|and)\\s+africa)?|africa"
            + "|united\\s+states|united\\s+kingdom|china|india|japan|south\\s+korea|korea|germany|france|italy"
            + "|spain|brazil|canada|mexico|australia|southeast\\s+asia|russia|saudi\\s+arabia|indonesia"
            + "|the\\s+americas)|U\\.S\\.|US|USA|UK|APAC|EMEA|MEA|GCC|LATAM|UAE)(?![\\p{L}$])");
    /** A sentence that opens with a place scopes everything in it: "In Europe, the market ...". */
    private static final Pattern PLACE_LEAD_IN = Pattern.compile("(?i:in|across|within|throughout|for)\\s+"
            + "(?:the\\s+)?(?<place>" + REGION.pattern() + ")\\s*,");
    private static final Pattern PLURAL = Pattern.compile("(?i)markets$");
    private static final Pattern SEGMENT = Pattern.compile("(?i)\\b(?:sub-?)?segments?\\b");
    private static final Pattern COMPANY = Pattern.compile("\\b\\p{Lu}[\\p{L}&.\\-]*(?:\\s+\\p{Lu}[\\p{L}&.\\-]*){0,4}"
            + ",?\\s+(?:Inc\\.?|Ltd\\.?|LLC|Corp\\.?|Corporation|PLC|plc|GmbH|AG|S\\.A\\.|N\\.V\\.|Co\\.,?\\s+Ltd\\.?)"
            + "(?![\\p{L}])");
    /** Row labels that name an attribute of the market ("Market size in 2023", "CAGR"), not a segment. */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)\\b(?:market|size|value|revenue|cagr|growth"
            + "|forecast|period|years?|base|historical|study|estimated|projected|volume|share|total|overall"
            + "|global|report|attribute|details|metric|parameter|unit|currency|coverage|scope)\\b");

    private SubjectClassifier() {
    }

    /**
     * What one sentence says about the subject of every statement in it, read once per sentence: the subject of all of
     * them when it opens with a breakdown or a place, else the subjects it names.
     */
    record Reading(Subject whole, List<Named> named) {
    }

    /** Reads {@code sentence} of {@code block}, a block that is not a table cell with labels. */
    static Reading read(String documentMarket, TextBlock block, Sentence sentence) {
        String written = block.text().substring(sentence.start(), sentence.end());
        Optional<String> dimension = Clauses.breakdown(written);
        if (dimension.isPresent()) {
            return new Reading(new Subject(Subject.Kind.SEGMENT, dimension.get()), List.of());
        }
        Matcher place = PLACE_LEAD_IN.matcher(written);
        if (place.lookingAt()) {
            return new Reading(new Subject(Subject.Kind.REGION, place.group("place").toLowerCase(Locale.ROOT)),
                    List.of());
        }
        return new Reading(null, named(documentMarket, written, sentence.start()));
    }

    /**
     * What the statement at {@code index} is about; {@code row} is the block's row labels ({@link
     * YearRangeExtractor#rowContext}) and {@code reading} the reading of its sentence, asked for only when needed.
     */
    static Subject classify(String documentMarket, TextBlock block, String row, Sentence sentence, int index,
                            java.util.function.Supplier<Reading> reading) {
        if (!row.isEmpty()) {
            return fromRowLabel(documentMarket, row);
        }
        if (sentence == null) {
            return new Subject(Subject.Kind.DOCUMENT_MARKET, documentMarket);
        }
        String text = block.text();
        Reading read = reading.get();
        if (read.whole() != null) {
            return read.whole();
        }
        List<Named> named = read.named();
        Named before = null;
        Named after = null;
        for (Named n : named) {
            if (n.end <= index) {
                before = n;
            } else if (after == null && n.start >= index) {
                after = n;
            }
        }
        Optional<Clauses.ClauseSubject> clause = Clauses.subjectOf(text, sentence.start(), index);
        if (clause.isPresent()) {
            Optional<Subject> bySubject = fromClauseSubject(documentMarket, clause.get(), named);
            if (bySubject.isPresent()) {
                return bySubject.get();
            }
        }
        Named chosen = before != null ? before : after;
        return chosen == null ? new Subject(Subject.Kind.DOCUMENT_MARKET, documentMarket) : chosen.subject;
    }

    /**
     * What a clause's subject says the statement is about: the last subject named in it, else the market when the
     * subject is a pronoun, a measure of the market or words that name the document's market ("industrial widgets"
     * in an industrial widget market report), else a part of the market that the text does not name as one.
     */
    private static Optional<Subject> fromClauseSubject(String documentMarket, Clauses.ClauseSubject clause,
                                                       List<Named> named) {
        Named inSubject = null;
        for (Named n : named) {
            // A name that starts in the subject may run past the verb found in it ("The Hand held ... Market").
            if (n.start >= clause.start() && n.start < clause.end()) {
                inSubject = n;
            }
        }
        if (inSubject != null) {
            return Optional.of(inSubject.subject);
        }
        String words = clause.name();
        if (Clauses.isMarketItself(words)
                || !documentMarket.isEmpty() && MarketNames.covers(documentMarket, words.toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // the market: let the nearest named subject, if any, decide
        }
        return Optional.of(new Subject(Subject.Kind.SEGMENT, words.toLowerCase(Locale.ROOT)));
    }

    private static Subject fromRowLabel(String documentMarket, String row) {
        List<Named> named = named(documentMarket, row, 0);
        if (!named.isEmpty()) {
            return named.get(named.size() - 1).subject;
        }
        String label = row.strip();
        if (label.isEmpty() || ATTRIBUTE.matcher(label).find()) {
            return new Subject(Subject.Kind.DOCUMENT_MARKET, documentMarket);
        }
        return new Subject(Subject.Kind.SEGMENT, label.toLowerCase(Locale.ROOT));
    }

    /** A subject named in a sentence, with its block text range. */
    record Named(Subject subject, int start, int end) {
    }

    private static List<Named> named(String documentMarket, String text, int offset) {
        List<Named> found = new ArrayList<>();
        for (MarketNames.Mention mention : MarketNames.mentions(text)) {
            String phrase = text.substring(mention.start(), mention.end());
            if (mention.name().isEmpty() && PLURAL.matcher(phrase).find()) {
                continue; // "these markets", "regional markets": several markets, not the subject of a figure
            }
            Matcher region = REGION.matcher(phrase);
            Subject subject;
            // With no market of its own known, a document's named markets cannot be told apart from it.
            if (!documentMarket.isEmpty() && !MarketNames.covers(documentMarket, mention.name())
                    && !MarketNames.isAcronymFor(documentMarket, phrase)) {
                subject = new Subject(Subject.Kind.OTHER_MARKET, mention.name());
            } else if (region.find()) {
                subject = new Subject(Subject.Kind.REGION, region.group().toLowerCase(Locale.ROOT));
            } else {
                subject = new Subject(Subject.Kind.DOCUMENT_MARKET,
                        mention.name().isEmpty() ? documentMarket : mention.name());
            }
            found.add(new Named(subject, offset + mention.start(), offset + mention.end()));
        }
        // Each pattern is tried only where its first letter can stand: a region's is ASCII, a company's upper case.
        add(found, REGION.matcher(text), text, at -> isAsciiLetter(text.charAt(at)), Subject.Kind.REGION, offset);
        add(found, COMPANY.matcher(text), text,
                at -> Character.isUpperCase(text.charAt(at)) || Character.isSurrogate(text.charAt(at)),
                Subject.Kind.COMPANY, offset);
        Matcher segment = SEGMENT.matcher(text);
        int from = 0;
        while (Starts.find(segment, text, from, at -> text.charAt(at) == 's' || text.charAt(at) == 'S')) {
            from = segment.end();
            String lead = text.substring(Math.max(0, segment.start() - 40), segment.start());
            String[] words = SPACES.split(lead.strip());
            String name = words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
            found.add(new Named(new Subject(Subject.Kind.SEGMENT, name), offset + segment.start(),
                    offset + segment.end()));
        }
        // A region inside a market phrase ("the Europe widget market") is the phrase's; keep the longer one.
        found.sort(Comparator.comparingInt(Named::start).thenComparingInt(n -> -n.end));
        List<Named> merged = new ArrayList<>();
        for (Named n : found) {
            if (!merged.isEmpty() && n.start < merged.get(merged.size() - 1).end) {
                continue;
            }
            merged.add(n);
        }
        return merged;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static void add(List<Named> found, Matcher matcher, String text, java.util.function.IntPredicate canStart,
                            Subject.Kind kind, int offset) {
        int from = 0;
        while (Starts.find(matcher, text, from, canStart)) {
            from = matcher.end();
            found.add(new Named(new Subject(kind, matcher.group().toLowerCase(Locale.ROOT)), offset + matcher.start(),
                    offset + matcher.end()));
        }
    }
}
