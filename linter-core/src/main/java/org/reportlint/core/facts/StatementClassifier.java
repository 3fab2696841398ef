package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a year range is a period of from the words of its own clause: {@code CAGR of 14.6% from 2024 to 2030} is
 * a forecast, {@code 2013-2023 historical data} is history, {@code Study Period | 2017 - 2030} is the study's span.
 *
 * <p>A cue counts when it comes before the range in the same clause; the nearest cue wins. A comma ends the clause
 * unless the cue directly precedes the range ({@code forecast period, 2022-2031}), the commas are those of an
 * enumeration ({@code forecasts sales for each region, channel and product type from 2022 to 2027}) or they set off a
 * short insertion ({@code forecasts, for every region, revenue over 2024-2030}). A few cues may follow the range
 * directly: {@code historical}, {@code actual}, {@code forecast period}. With no cue before it, a range that opens its
 * clause takes the first cue after it in that clause: {@code Over 2023-2029, revenue should rise} is a forecast, {@code
 * In 2018-2023 the market grew} history. Headings are short, so any cue in a heading counts. A table cell without a cue
 * takes one from the cells before it in its row.
 *
 * <p>A growth rate (CAGR) is a forecast unless a past-tense verb governs it: {@code grew at a CAGR of 3% from 2017 to
 * 2023} and {@code the CAGR from 2017 to 2023 was 3%} are history. Future forms are cues only with a verb of change
 * ({@code will rise}, {@code should grow}, {@code is set to double}), so {@code will list} or {@code should compare}
 * say nothing; {@code projects} is a cue only after a word that can be its subject ({@code the study projects}), so
 * that {@code infrastructure projects} is not.
 */
final class StatementClassifier {
    /** How far before a range a cue may start, in characters: far enough for a short enumeration between them. */
    static final int LOOK_BEHIND = 100;
    /** How far after a range the words of its clause are read when nothing before it says what it is. */
    private static final int LOOK_AHEAD = 100;
    /** How far after a range or a rate a verb may give the rate's tense ("... from 2019 to 2023 was 3%"). */
    private static final int TENSE_AHEAD = 30;

    /** Verbs of change that make a future form a forecast: "will rise", "should reach", "may double". */
    private static final String CHANGE_VERB = "(?:grow|rise|reach|expand|increase|climb|surge|soar|accelerate"
            + "|register|witness|exhibit|record|post|achieve|exceed|surpass|decline|contract|fall|drop|double|triple"
            + "|hit|cross|see|gain|generate|attain|advance|boom|evolve|continue|remain|hold|dominate|account|total"
            + "|amount|experience|show|add|outpace|recover|rebound|slow|shrink|be\\s+(?:worth|valued))";
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
            + "(?<forecast>(?:forecast\\w*|project(?:ed|ions?|ing))(?:\\s+(?:data\\s+)?(?:period|horizon|window))?"
            + "|(?:report|study|analysis|research|survey|model|firm|company|publisher|it|which|that|also)\\s+projects"
            + "|(?:we|they|analysts|also)\\s+project"
            + "|predict\\w*|outlook|expect(?:s|ed|ing)?|anticipat\\w+|during\\s+the\\s+period"
            + "|(?:grow|grows|growing|expand|expands|expanding|rise|rises|rising)\\s+at"
            + "|(?:will|shall|should|could|may|might|going\\s+to)\\s+(?:\\p{L}+ly\\s+)?(?:continue\\s+to\\s+)?"
            + CHANGE_VERB
            + "|(?:set|poised|slated|tipped|likely|on\\s+track|on\\s+course|estimated)\\s+to(?=\\s+\\p{L})"
            + "|next\\s+(?:\\p{L}+\\s+){0,2}(?:years?|decade)|(?:coming|upcoming)\\s+(?:\\p{L}+\\s+)?(?:years?|decade)"
            + "|years?\\s+(?:ahead|to\\s+come))"
            + "|(?<rate>cagr|compound(?:ed)?\\s+annual(?:\\s+growth)?\\s+rates?|annual\\s+growth\\s+rates?|aagr)"
            + "|(?<study>(?:estimates?|historical|historic|actuals?)\\s+(?:and|&|\\+)\\s+forecasts?"
            + "|study\\s+period|report\\s+timeline|timeline|period\\s+covered|years\\s+considered"
            + "|(?:period|years?)\\s+(?:of\\s+)?(?:study|analysis))"
            + "|(?<historical>(?:than|as|below|above|beyond)\\s+(?:expected|anticipated|forecast|projected|predicted)"
            + "|historical|historic|history|base\\s+years?|past|actuals?|previous|prior"
            + "|last\\s+(?:\\p{L}+\\s+)?(?:years?|decade)"
            + "|grew|recorded|registered|witnessed|posted|rose|fell|declined|increased|decreased|expanded|dropped"
            + "|climbed|surged|jumped|doubled|tripled|contracted|slowed|shrank|saw|experienced|achieved|reached"
            + "|stood|accounted|generated|amounted|totall?ed|(?:was|were)\\s+valued"
            + "|ha[sd]\\s+(?:grown|risen|expanded|increased|declined|fallen|seen|been))"
            + ")\\b");
    /**
     * The words a cue can start with, lower case; {@link #CUE} is tried only where one of them (or a word starting
     * with one of {@link #CUE_STEMS}) starts, so that a window is scanned word by word instead of alternative by
     * alternative at every character. Every alternative of {@link #CUE} must start with one of them.
     */
    private static final Set<String> CUE_WORDS = Set.of(
            "report", "study", "analysis", "research", "survey", "model", "firm", "company", "publisher", "it",
            "which", "that", "also", "we", "they", "analysts", "outlook", "during", "grow", "grows", "growing",
            "expand", "expands", "expanding", "rise", "rises", "rising", "will", "shall", "should", "could", "may",
            "might", "going", "set", "poised", "slated", "tipped", "likely", "on", "estimated", "next", "coming",
            "upcoming", "year", "years", "cagr", "compound", "compounded", "annual", "aagr", "estimate", "estimates",
            "historical", "historic", "actual", "actuals", "timeline", "period", "than", "as", "below", "above",
            "beyond", "history", "base", "past", "previous", "prior", "last", "grew", "recorded", "registered",
            "witnessed", "posted", "rose", "fell", "declined", "increased", "decreased", "expanded", "dropped",
            "climbed", "surged", "jumped", "doubled", "tripled", "contracted", "slowed", "shrank", "saw",
            "experienced", "achieved", "reached", "stood", "accounted", "generated", "amounted", "totaled",
            "totalled", "was", "were", "has", "had");
    /** Beginnings of cue words with many endings: "forecasts", "projected", "predicts", "expects", "anticipated". */
    private static final List<String> CUE_STEMS = List.of("forecast", "project", "predict", "expect", "anticipat");
    private static final Pattern FORECAST_AFTER = Pattern.compile(
            "(?i)^[\\s,(\\[]*(?:(?:forecast|projection)s?(?:\\s+(?:period|horizon|window))?|outlook)\\b");
    private static final Pattern HISTORICAL_AFTER = Pattern.compile(
            "(?i)^[\\s(\\[,]*(?:historical|historic|history|actuals?)\\b");
    private static final Pattern STUDY_AFTER = Pattern.compile("(?i)^[\\s(\\[,]*study\\s+period\\b");
    /** What may stand between a past-tense verb and the rate it governs: "grew at a", "registered an average". */
    private static final Pattern VERB_TO_RATE = Pattern.compile("(?i)\\s+(?:(?:at|a|an|of|average|annual)\\s+){0,3}");
    /** A past-tense verb right after a rate or its period: "the CAGR from 2019 to 2023 was 3%". */
    private static final Pattern PAST_AFTER = Pattern.compile("(?i)^[\\s,)\\]]*(?:(?:of|for|in|over|during)\\s+"
            + "(?:the\\s+)?(?:period\\s+)?)?(?:was|were|stood|came|amounted|averaged|had\\s+been)\\b");
    /** What may stand between a cue and a range that directly follows it. */
    private static final Pattern ADJACENT_GAP = Pattern.compile("[\\s,:(\\[\\-\u2013\u2014]*");
    /** One item of an enumeration: up to three words. */
    private static final Pattern ITEM = Pattern.compile(
            "\\s*[\\p{L}\\d][\\p{L}\\d&'\\-]*(?:\\s+[\\p{L}\\d&'\\-]+){0,2}\\s*");
    /** The last part of an enumeration: an optional item, the conjunction, then the words up to the range. */
    private static final Pattern LAST_ITEM = Pattern.compile(
            "(?i)\\s*(?<item>[\\p{L}\\d][\\p{L}\\d&'\\-]*(?:\\s+[\\p{L}\\d&'\\-]+){0,2}\\s+)?(?:and|or|&)\\s+[^,;]*");
    /** A short insertion set off by commas: ", for every region,". */
    private static final Pattern INSERTION = Pattern.compile("(?i)\\s*(?:for|by|in|across|at|on|with|including"
            + "|excluding|per|among|within|like|such\\s+as)\\s+[\\p{L}\\d&'\\-]+(?:\\s+[\\p{L}\\d&'\\-]+){0,4}\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    /**
     * The words of a clause before a range that opens it as an adverbial ("Over", "Between", "Sales in", "The"): only
     * then do words after the range say what it is. A participle ("Using", "Based on data from") makes the range part
     * of a phrase of its own.
     */
    private static final Pattern OPENING = Pattern.compile("(?i)^\\s*(?:(?:and|but|then|so|yet|while|whereas)\\s+)?"
            + "(?:(?:(?!\\p{L}+(?:ing|ed)\\b)\\p{L}+\\s+){0,2}(?:over|between|from|in|during|for|through|throughout"
            + "|across|within|the|of)\\s+(?:the\\s+)?(?:(?:period|years?|timeframe|span|horizon)\\s+(?:of\\s+)?)?)?$");
    /** Where the clause after a range ends for its cues: another clause that contrasts with it. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)[;:]|\\b(?:but|while|whereas|although|though"
            + "|however|yet|compared|versus|vs|than|unlike)\\b");
    /** A noun right after a range that makes it a modifier ("2020-2025 data show ..."), not the clause's adverbial. */
    private static final Pattern MODIFIED_NOUN = Pattern.compile("(?i)^\\s*(?:data|figures|actuals|results|numbers"
            + "|statistics|records|values|averages?|levels?|base|history|prices)\\b");

    private StatementClassifier() {
    }

    /**
     * Classifies the range {@code [start, end)} of {@code text}.
     *
     * @param from where the range's clause may begin: its sentence start or the end of the range before it
     * @param until where text after the range stops counting: its sentence end or the start of the range after it
     * @param heading whether the whole text is a heading, where any cue counts
     * @param rowContext the text of the table cells before this one in its row, or empty
     */
    static StatementKind classify(String text, int start, int end, int from, int until, boolean heading,
                                  String rowContext) {
        String after = text.substring(end, Math.min(until, end + TENSE_AHEAD));
        if (HISTORICAL_AFTER.matcher(after).find()) {
            return StatementKind.HISTORICAL;
        }
        if (STUDY_AFTER.matcher(after).find()) {
            return StatementKind.STUDY_PERIOD;
        }
        if (FORECAST_AFTER.matcher(after).find()) {
            return StatementKind.FORECAST;
        }
        int windowStart = Math.max(from, start - LOOK_BEHIND);
        Optional<StatementKind> before = nearestCueBefore(text, windowStart, start, after);
        if (before.isPresent()) {
            return before.get();
        }
        if (heading) {
            Optional<StatementKind> anywhere = nearestCueAnywhere(text, start, end);
            if (anywhere.isPresent()) {
                return anywhere.get();
            }
        }
        Optional<StatementKind> following = cueAfter(text, start, end, from, until);
        if (following.isPresent()) {
            return following.get();
        }
        if (!rowContext.isEmpty()) {
            return lastCue(rowContext).orElse(StatementKind.UNSPECIFIED);
        }
        return StatementKind.UNSPECIFIED;
    }

    private static Optional<StatementKind> nearestCueBefore(String text, int windowStart, int rangeStart,
                                                            String after) {
        List<Cue> cues = cues(text, windowStart, rangeStart, Integer.MAX_VALUE);
        Cue nearest = cues.isEmpty() ? null : cues.get(cues.size() - 1);
        Cue tense = cues.size() < 2 || cues.get(cues.size() - 2).rate() ? null : cues.get(cues.size() - 2);
        if (nearest == null || !sameClause(text.substring(nearest.end(), rangeStart))) {
            return Optional.empty();
        }
        if (nearest.rate()) {
            // A growth rate is a forecast unless a past-tense verb governs it: "grew at a CAGR of 4% from ...",
            // "the CAGR from 2019 to 2023 was 3%".
            boolean past = tense != null && tense.kind() == StatementKind.HISTORICAL
                    && VERB_TO_RATE.matcher(text.substring(tense.end(), nearest.start())).matches()
                    || PAST_AFTER.matcher(after).find();
            return Optional.of(past ? StatementKind.HISTORICAL : StatementKind.FORECAST);
        }
        return Optional.of(nearest.kind());
    }

    /**
     * Whether the text between a cue and a range leaves them in one clause: no comma or semicolon, only the commas of
     * an enumeration or of a short insertion, or nothing but punctuation.
     */
    static boolean sameClause(String gap) {
        if (ADJACENT_GAP.matcher(gap).matches()) {
            return true;
        }
        String bare = PARENTHESES.matcher(gap).replaceAll(" ");
        if (bare.indexOf(';') >= 0) {
            return false;
        }
        if (bare.indexOf(',') < 0) {
            return true;
        }
        String[] parts = bare.split(",", -1);
        return isEnumeration(parts) || isInsertion(parts);
    }

    /** "region, channel and product type from": items of up to three words, the last after "and" or "or". */
    private static boolean isEnumeration(String[] parts) {
        for (int i = 1; i < parts.length - 1; i++) {
            if (!ITEM.matcher(parts[i]).matches()) {
                return false;
            }
        }
        Matcher last = LAST_ITEM.matcher(parts[parts.length - 1]);
        // ", and country levels" needs an item before it, or it joins two clauses: "revised, and sales ...".
        return last.matches() && (last.group("item") != null || parts.length >= 3);
    }

    /** ", for every region, revenue over": one short insertion that starts with a preposition. */
    private static boolean isInsertion(String[] parts) {
        return parts.length == 3 && INSERTION.matcher(parts[1]).matches();
    }

    /**
     * The first cue after a range that opens its clause, within the clause: "Between 2025 and 2032 the market will
     * expand", "In 2018-2023 the market grew".
     */
    private static Optional<StatementKind> cueAfter(String text, int start, int end, int from, int until) {
        int clauseStart = from;
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                clauseStart = i + 1;
                break;
            }
        }
        if (!OPENING.matcher(text.substring(clauseStart, start)).matches()) {
            return Optional.empty();
        }
        int limit = Math.min(until, end + LOOK_AHEAD);
        String following = text.substring(end, limit);
        if (MODIFIED_NOUN.matcher(following).find()) {
            return Optional.empty();
        }
        Matcher stop = CLAUSE_END.matcher(following);
        if (stop.find()) {
            limit = end + stop.start();
        }
        List<Cue> cues = cues(text, end, limit, 1);
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        Cue cue = cues.get(0);
        if (cue.rate()) {
            String tense = text.substring(cue.end(), Math.min(limit, cue.end() + TENSE_AHEAD));
            return Optional.of(PAST_AFTER.matcher(tense).find() ? StatementKind.HISTORICAL : StatementKind.FORECAST);
        }
        return Optional.of(cue.kind());
    }

    private static Optional<StatementKind> nearestCueAnywhere(String text, int rangeStart, int rangeEnd) {
        StatementKind nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Cue cue : cues(text, 0, text.length(), Integer.MAX_VALUE)) {
            int d = cue.end() <= rangeStart ? rangeStart - cue.end() : cue.start() - rangeEnd;
            if (d >= 0 && d < distance) {
                distance = d;
                nearest = cue.kind();
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static Optional<StatementKind> lastCue(String context) {
        List<Cue> cues = cues(context, 0, context.length(), Integer.MAX_VALUE);
        return cues.isEmpty() ? Optional.empty() : Optional.of(cues.get(cues.size() - 1).kind());
    }

    /** The first {@code max} cues of {@code text[from, to)}, in text order, none overlapping another. */
    private static List<Cue> cues(String text, int from, int to, int max) {
        List<Cue> found = new ArrayList<>();
        Matcher cue = CUE.matcher(text);
        int i = from;
        while (i < to && found.size() < max) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (opensCue(text.substring(i, wordEnd).toLowerCase(Locale.ROOT)) && cue.region(i, to).lookingAt()) {
                found.add(new Cue(kindOf(cue), cue.group("rate") != null, cue.start(), cue.end()));
                i = cue.end();
            } else {
                i = wordEnd;
            }
        }
        return found;
    }

    private static boolean opensCue(String word) {
        if (CUE_WORDS.contains(word)) {
            return true;
        }
        for (String stem : CUE_STEMS) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static StatementKind kindOf(Matcher cue) {
        if (cue.group("forecast") != null || cue.group("rate") != null) {
            return StatementKind.FORECAST;
        }
        return cue.group("study") != null ? StatementKind.STUDY_PERIOD : StatementKind.HISTORICAL;
    }

    /** One cue found near a range; a rate (CAGR) takes its tense from the cue before it. */
    private record Cue(StatementKind kind, boolean rate, int start, int end) {
    }
}
