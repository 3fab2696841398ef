package org.reportlint.rules.placeholder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds slots a template rendered as nothing where no currency or percent sign is left to show it: {@code a value of
 * billion}, {@code a CAGR of during}, {@code valued at in 2023}, {@code In , the market}, {@code the  segment led}.
 *
 * <p>Each form is a pair of words that cannot stand side by side in prose: a word that takes a figure followed by a
 * word that cannot be one. The pairs that prose does use are kept out: {@code a CAGR of over 5%}, {@code a share of
 * between 10% and 12%}, {@code the rate of in vitro growth}, {@code billions of}, {@code Thousand Oaks}, {@code cast of Million Dollar Listing}. A gap between
 * an article and a noun counts only as the two spaces an empty value leaves, before a noun a template names
 * ({@code segment}, {@code market}), and not in text laid out in columns with longer runs of spaces or tabs.
 */
final class BareSlotMatcher implements PlaceholderMatcher {
    /** A word that takes a figure after it. */
    private static final String FIGURE_LEAD = "(?:of|at|to|from|reach|reached|reaching|around|about|approximately"
            + "|nearly|almost|over|worth|valued|totall?ed|totall?ing|exceeding|surpassing|roughly)";
    /** A magnitude with no number before it; singular, so "billions of" is prose, and lower case where a name can be. */
    private static final Pattern MAGNITUDE_WITHOUT_NUMBER = Pattern.compile(
            "\\b(?i:" + FIGURE_LEAD + ")\\s+(?:million|billion|trillion|MILLION|BILLION|thousand|crore|lakh|mn|bn|Mn|Bn"
                    + "|(?:Million|Billion|Trillion)(?!\\s+\\p{Lu}))\\b(?![-\u2010\u2011'\u2019])");
    /** What cannot follow a rate, share or value that takes a figure: the figure itself was to stand there. */
    private static final String NOT_A_FIGURE = "(?:(?:during|through|throughout|until|till)\\b"
            + "|(?:in|by|from|between|over|for)\\s+(?:(?:19|20)\\d\\d\\b|the\\b)|[,;:](?!\\d)|\\.(?!\\d))";
    private static final Pattern RATE_WITHOUT_VALUE = Pattern.compile(
            "\\b(?:CAGR|(?i:rate|share|growth|value|size|revenues?|valuation|sales|volume))\\s+(?:of|at)"
                    + "(?:\\s+(?:about|around|approximately|nearly))?(\\s+)" + NOT_A_FIGURE
                    + "|\\b(?i:valued|estimated|priced|pegged|stood)\\s+at(\\s+)" + NOT_A_FIGURE);
    /** A preposition that takes a year or place, then a comma with a space before it: "In , the market grew". */
    private static final Pattern YEAR_WITHOUT_VALUE = Pattern.compile(
            "(?<![\\w-])(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough|[Ff]rom|[Dd]uring|[Aa]s of)[ \\t]+,");
    /** The two spaces left where a name was, between an article and a noun a template names. */
    private static final Pattern NAME_WITHOUT_VALUE = Pattern.compile(
            "\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) {2}"
                    + "(?:segment|market|sector|industry|region|category|company|country|application|type|product"
                    + "|brand|vendor|player)s?\\b");
    /** Runs of three or more spaces, or tabs, lay text out in columns; text with this many is a table. */
    private static final Pattern LAYOUT_RUN = Pattern.compile(" {3,}|\t");
    private static final int MAX_LAYOUT_RUNS = 1;

    /** The magnitudes {@link #MAGNITUDE_WITHOUT_NUMBER} takes, as they are written: each starts one of these. */
    private static final List<String> MAGNITUDES = List.of("million", "billion", "trillion", "MILLION", "BILLION",
            "thousand", "crore", "lakh", "mn", "bn", "Mn", "Bn", "Million", "Billion", "Trillion");
    /** The words that end where each pattern's gap begins, as its alternatives list them; case is ignored. */
    private static final List<String> FIGURE_LEADS = List.of("of", "at", "to", "from", "reach", "reached", "reaching",
            "around", "about", "approximately", "nearly", "almost", "over", "worth", "valued", "totaled", "totalled",
            "totaling", "totalling", "exceeding", "surpassing", "roughly");
    private static final List<String> RATES = List.of("CAGR", "rate", "share", "growth", "value", "size", "revenue",
            "revenues", "valuation", "sales", "volume", "valued", "estimated", "priced", "pegged", "stood");
    private static final List<String> PREPOSITIONS = List.of("in", "by", "since", "until", "through", "from",
            "during", "as of");
    private static final List<String> ARTICLES = List.of("the", "a", "an", "its", "their");
    private static final List<String> OF_AT = List.of("of", "at");

    private final Searcher searcher;

    BareSlotMatcher() {
        this(Searcher.ANCHORED);
    }

    BareSlotMatcher(Searcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        if (sketch.containsAny("illion", "ILLION", "thousand", "crore", "lakh", "mn", "bn", "Mn", "Bn")) {
            addAll(search(MAGNITUDE_WITHOUT_NUMBER, text, wordsAfterSpace(sketch, MAGNITUDES, FIGURE_LEADS)), text,
                    "number", out);
        }
        if (sketch.containsAny("CAGR", "ate ", "hare ", "rowth ", "alue", "ize ", "evenue", "ales ",
                "olume ", "stimated ", "riced ", "egged ", "tood ")) {
            addAll(search(RATE_WITHOUT_VALUE, text, wordsAfterSpace(sketch, OF_AT, RATES)), text, "number", out);
        }
        if (sketch.contains(" ,") || sketch.contains("\t,")) {
            addAll(search(YEAR_WITHOUT_VALUE, text, commasAfterGap(text)), text, "value", out);
        }
        if (sketch.contains("  ") && !laidOut(text)) {
            addAll(search(NAME_WITHOUT_VALUE, text, doubleSpaces(text)), text, "name", out);
        }
    }

    private AnchoredFind search(Pattern pattern, String text, Starts starts) {
        return searcher.find(pattern, text, starts);
    }

    /**
     * Where a pattern of the form {@code lead\\s+word} can start: where one of {@code leads} ends at the run of
     * {@code \\s} characters that precedes one of {@code words}.
     */
    private static Starts wordsAfterSpace(TextSketch sketch, List<String> words, List<String> leads) {
        String text = sketch.text();
        Starts starts = new Starts(text.length());
        for (String word : words) {
            if (!sketch.mayHold(word)) {
                continue;
            }
            for (int at = text.indexOf(word, 1); at >= 0; at = text.indexOf(word, at + 1)) {
                if (Anchors.isRegexSpace(text.charAt(at - 1))) {
                    Anchors.wordsEndingAt(text, Anchors.spaceRunStart(text, at), leads, starts);
                }
            }
        }
        return starts;
    }

    /** Where {@link #YEAR_WITHOUT_VALUE} can start: at a preposition before the spaces or tabs before a comma. */
    private static Starts commasAfterGap(String text) {
        Starts starts = new Starts(text.length());
        for (int at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
            int gap = at;
            while (gap > 0 && (text.charAt(gap - 1) == ' ' || text.charAt(gap - 1) == '\t')) {
                gap--;
            }
            if (gap < at) {
                Anchors.wordsEndingAt(text, gap, PREPOSITIONS, starts);
            }
        }
        return starts;
    }

    /** Where {@link #NAME_WITHOUT_VALUE} can start: at an article before two spaces. */
    private static Starts doubleSpaces(String text) {
        Starts starts = new Starts(text.length());
        for (int at = text.indexOf("  "); at >= 0; at = text.indexOf("  ", at + 1)) {
            Anchors.wordsEndingAt(text, at, ARTICLES, starts);
        }
        return starts;
    }

    /** Whether the text is laid out in columns with runs of spaces or tabs, where a double space is layout. */
    private static boolean laidOut(String text) {
        Matcher run = LAYOUT_RUN.matcher(text);
        int runs = 0;
        while (run.find()) {
            if (++runs > MAX_LAYOUT_RUNS) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(AnchoredFind search, String text, String missing, List<TextMatch> out) {
        while (search.find()) {
            Matcher matcher = search.matcher();
            int start = matcher.start();
            // The flagged text starts at the last word before the gap: "of  during", not "a CAGR of  during".
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    start = lastWordStart(text, matcher.start(group));
                }
            }
            out.add(new TextMatch(start, matcher.end(), "Empty slot: \"" + TextMatch.quote(text, start,
                    matcher.end()) + "\" has no " + missing));
        }
    }

    private static int lastWordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
