package org.reportlint.core.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads two sentence shapes that put a statement under a part of the market whose name the text does not mark as a
 * segment: a breakdown lead-in ({@code By vehicle type, passenger cars led with 72% ...}, {@code Based on
 * application, ...}) and a contrast clause with its own subject ({@code ..., while subscription services are rising
 * at a 5.8% CAGR}).
 *
 * <p>Both are forms a template uses to summarise segments right after the market's headline figures, so each
 * figure in them is a part's. A contrast clause whose subject is the market again, a pronoun or a measure of the
 * market ("while revenue is expected to grow at 6%") stays the market's.
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
            + "|market|industry)\\s+)*(?:it|this|that|which|they|market|industry|revenues?|sales|demand|spending"
            + "|growth|value|size|valuation|adoption|consumption|volumes?|shipments)$");
    private static final int MAX_SUBJECT_WORDS = 5;

    private Clauses() {
    }

    /** The subject of a clause and the text offset where it starts. */
    record ClauseSubject(String name, int start) {
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
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        return DIMENSIONS.contains(singular) || DIMENSIONS.contains(head) ? Optional.of(dimension) : Optional.empty();
    }

    /**
     * The subject of the contrast clause that holds offset {@code index} of {@code text}, when that clause names one
     * of its own that is not the market: "subscription services" in "..., while subscription services are rising
     * at a 5.8% CAGR". Empty when the clause is no contrast clause, its subject is left out, or it is the market.
     *
     * @param from where the sentence starts
     */
    static Optional<ClauseSubject> contrastSubject(String text, int from, int index) {
        Matcher contrast = CONTRAST.matcher(text).region(from, index);
        int conjunction = -1;
        int clauseStart = -1;
        while (contrast.find()) {
            conjunction = contrast.start();
            clauseStart = contrast.end();
        }
        // "While X is ..., the market ..." opens with the contrast: the statement is in the main clause after it.
        if (clauseStart < 0 || text.substring(from, conjunction).isBlank()) {
            return Optional.empty();
        }
        String clause = text.substring(clauseStart, index);
        Matcher predicate = PREDICATE.matcher(clause);
        if (!predicate.find()) {
            return Optional.empty();
        }
        String written = clause.substring(0, predicate.start());
        String subject = written.strip().replaceAll("^,\\s*|\\s*,$", "");
        if (subject.isEmpty() || subject.split("\\s+").length > MAX_SUBJECT_WORDS
                || MARKET_ITSELF.matcher(subject).matches() || subject.contains(",")) {
            return Optional.empty();
        }
        return Optional.of(new ClauseSubject(subject.toLowerCase(Locale.ROOT), clauseStart));
    }
}
