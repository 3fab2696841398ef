package org.reportlint.core.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a sentence that say whose figure it states when the text does not mark a segment as one: a
 * breakdown lead-in ({@code By vehicle type, passenger cars led with 72% ...}, {@code Based on application, ...})
 * and the subject of a clause ({@code ..., while subscription services are rising at a 5.8% CAGR}, {@code Pouches
 * are expected to grow at 5.6%}).
 *
 * <p>A breakdown lead-in is a template's way of summarising segments right after the market's headline figures, so
 * each figure in it is a part's. A clause whose subject is the market, a pronoun or a measure of the market
 * ("while revenue is expected to grow at 6%") stays the market's.
 */
final class Clauses {
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^[\\s\\-\u2022*\u2013]*(?:by|based\\s+on"
            + "|on\\s+the\\s+basis\\s+of|in\\s+terms\\s+of|segmented\\s+by|categori[sz]ed\\s+by|by\\s+way\\s+of)"
            + "\\s+(?:the\\s+|its\\s+)?(?<dimension>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)\\s*[,:\u2013\u2014]");
    /** The head nouns of a segmentation dimension. */
    private static final Set<String> DIMENSIONS = Set.of("type", "product", "application", "end-use", "use",
            "end-user", "user", "component", "technology", "region", "geography", "channel", "deployment",
            "vertical", "material", "service", "offering", "category", "model", "configuration", "propulsion",
            "mode", "format", "solution", "platform", "capacity", "power", "source", "grade", "form", "size",
            "price", "band", "segment", "function", "indication", "therapy", "route", "modality", "ownership",
            "transmission", "vehicle", "fuel", "installation", "design", "voltage", "connectivity", "operation",
            "structure", "sector", "industry", "enterprise", "organization", "organisation", "country", "class",
            "chemistry", "sales", "distribution", "method", "process", "range", "level", "age", "gender");
    private static final Pattern CONTRAST = Pattern.compile("(?i)(?:[;]|\\b(?:while|whereas|although|though"
            + "|but)\\b)");
    /** The words that start the predicate of a clause: its subject is what comes before them. */
    private static final Pattern PREDICATE = Pattern.compile("(?i)\\b(?:is|are|was|were|will|would|has|have|had|can"
            + "|could|should|may|might|continues?|remains?|leads?|led|grows?|growing|grew|expands?|expanding"
            + "|advanc\\w*|ris(?:es|ing)|rose|climb\\w*|register\\w*|record\\w*|posts?|posted|witness\\w*"
            + "|accounts?|accounted|holds?|held|captur\\w*|command\\w*|progress\\w*|trails?|trailed|shows?"
            + "|exhibits?|represents?|dominat\\w*|emerg\\w*|poised|set|projected|expected|forecast\\w*"
            + "|anticipated|estimated|likely)\\b");
    /** Subjects that are the market itself: a pronoun or a measure of the market. */
    private static final Pattern MARKET_ITSELF = Pattern.compile("(?i)^(?:(?:the|its|this|overall|total|global"
            + "|market|industry)\\s+)*(?:it(?:['\u2019]s)?|this|that|which|they|market|industry|revenues?|sales|demand"
            + "|spending"
            + "|growth|value|size|valuation|adoption|consumption|volumes?|shipments)$");
    private static final int MAX_SUBJECT_WORDS = 8;
    /**
     * What a subject cannot be: a phrase that opens with a preposition is an adverbial ("With a projected CAGR"), and
     * one with a figure or a rate in it is the statement itself ("A 9% CAGR will take the market ...").
     */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)^(?:with|at|by|in|on|for|from|of|to|as|over"
            + "|under|during|after|before|through|amid|despite|given|thanks|driven|due|backed|supported|fuel(?:l)?ed"
            + "|led)\\b|\\b(?:a|an|the|of|to|at|with)$|\\d|\\bCAGR\\b|growth\\s+rate");

    private Clauses() {
    }

    /** The subject of a clause as written and the text offsets where it starts and ends. */
    record ClauseSubject(String name, int start, int end) {
    }

    /** The segmentation dimension a sentence opens with ("vehicle type"), if it opens with a breakdown lead-in. */
    static Optional<String> breakdown(String sentence) {
        Matcher m = LEAD_IN.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String dimension = m.group("dimension").toLowerCase(Locale.ROOT);
        String[] words = dimension.split("\\s+");
        String head = words[words.length - 1];
        boolean dimensional = DIMENSIONS.contains(head) || DIMENSIONS.contains(MarketNames.singular(head));
        return dimensional ? Optional.of(dimension) : Optional.empty();
    }

    /**
     * The subject of the clause that holds offset {@code index} of {@code text}: the words from the clause's start to
     * its first verb ("subscription services" in "..., while subscription services are rising at a 5.8% CAGR";
     * "Pouches" in "Pouches accounted for 32% in 2023 and are expected to grow at 5.6%"). A clause starts at its
     * sentence, at a semicolon or at a contrast ({@code while}, {@code whereas}, {@code but}); a sentence that opens
     * with a contrast ("While X leads, the market ...") has its main clause after the first comma. Empty when no verb
     * comes before {@code index}, when nothing stands before the verb, or when the words are too many to be one
     * subject.
     *
     * @param from where the sentence starts
     */
    static Optional<ClauseSubject> subjectOf(String text, int from, int index) {
        int clauseStart = from;
        // Matched in a copy of the stretch, as in a region of the text with opaque bounds, so that each pattern is
        // tried only where its first character can stand: a letter, or the semicolon of a contrast.
        String sentence = text.substring(from, index);
        Matcher contrast = CONTRAST.matcher(sentence);
        int at = 0;
        while (Starts.find(contrast, sentence, at, i -> mayStartContrast(sentence.charAt(i)))) {
            at = contrast.end();
            int contrastStart = from + contrast.start();
            int contrastEnd = from + contrast.end();
            if (text.substring(from, contrastStart).isBlank()) {
                int comma = text.indexOf(',', contrastEnd);
                clauseStart = comma >= 0 && comma < index ? comma + 1 : clauseStart;
            } else {
                clauseStart = contrastEnd;
            }
        }
        String clause = text.substring(clauseStart, index);
        Matcher predicate = PREDICATE.matcher(clause);
        if (!Starts.find(predicate, clause, 0, i -> isAsciiLetter(clause.charAt(i)))) {
            return Optional.empty();
        }
        String written = text.substring(clauseStart, clauseStart + predicate.start());
        int lead = written.length() - written.stripLeading().length();
        String subject = written.strip();
        if (subject.isEmpty() || hasMoreWords(subject, MAX_SUBJECT_WORDS)
                || NOT_A_SUBJECT.matcher(subject).find()) {
            return Optional.empty();
        }
        int start = clauseStart + lead;
        return Optional.of(new ClauseSubject(subject, start, start + subject.length()));
    }

    /**
     * Whether a stripped text has more than {@code max} words separated by {@code \\s+}, as
     * {@code text.split("\\s+").length > max} says, counted in place without compiling the pattern or copying words.
     */
    static boolean hasMoreWords(String text, int max) {
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inSpace && ++words > max) {
                return true;
            }
            inSpace = space;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A semicolon, or the first letter of while, whereas, although, though or but. */
    private static boolean mayStartContrast(char c) {
        return c == ';' || "wWaAtTbB".indexOf(c) >= 0;
    }

    /**
     * Whether a clause's subject is the market itself rather than a part of it: a pronoun ("it", "which") or a measure
     * of the market ("revenue", "sales", "demand"), read in its last comma-separated part ("According to the report,
     * revenue ...").
     */
    static boolean isMarketItself(String subject) {
        int comma = subject.lastIndexOf(',');
        String head = (comma < 0 ? subject : subject.substring(comma + 1)).strip();
        return MARKET_ITSELF.matcher(head).matches();
    }
}
