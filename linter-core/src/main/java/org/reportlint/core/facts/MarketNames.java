package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads market names from titles, headings and prose, and compares them.
 *
 * <p>A market name is the run of words before {@code market} back to punctuation or a function word: in "Global
 * Widget Market Size, Share &amp; Forecast 2024-2030" it is {@code widget market}. Names are lower case, without
 * {@code global}, years, numbers or report words (size, share, trends, forecast, report...). Two names are compared
 * by their core words, the words that are not regions: a name whose core words include all of the document's names
 * the same market or a part of it ({@code smart widget market}, {@code europe widget market}).
 */
final class MarketNames {
    // Compiled once; the words of a mention are read without regular expressions, a mention has many.
    private static final Pattern MARKET = Pattern.compile("(?i)\\bmarkets?\\b");
    /** Words after "market" that make it a noun of prose ("market share of") rather than a market's name. */
    private static final Pattern PROSE_AFTER = Pattern.compile("(?i)^\\s+(?:share|shares|players?|participants?"
            + "|leaders?|leadership|position|dynamics|conditions|penetration|entry|value|demand|research"
            + "|competition|presence|needs|place)\\b(?!\\s*(?:&|and|,)?\\s*(?:size|forecast|trends?|reports?|study)\\b)");
    /** An abbreviation in brackets between a name and "market": "Gas Analyzers (NDIR) Market". */
    private static final Pattern BRACKETED_ABBREVIATION = Pattern.compile("\\(\\s*[\\p{L}\\p{N}&.\\-]{1,12}\\s*\\)\\s*$");
    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "your", "of", "in", "on",
            "for", "to", "by", "from", "with", "at", "as", "is", "are", "was", "were", "be", "into", "within", "than",
            "whole", "entire", "which", "while", "where", "whose", "across", "about", "over", "under", "per",
            "will", "would", "has", "have", "had", "said", "such", "other", "each", "every", "both", "all", "any");
    /** Words that say nothing about which market it is. */
    private static final Set<String> GENERIC = Set.of(
            "global", "worldwide", "world", "international", "overall", "total", "size", "share", "trend", "trends",
            "forecast", "forecasts", "report", "reports", "analysis", "outlook", "industry", "research", "growth",
            "overview", "insight", "insights", "statistic", "statistics", "value", "volume", "revenue", "demand",
            "opportunity", "opportunities", "key", "major", "leading", "top", "target", "regional", "emerging",
            "current", "future", "new", "latest", "recent", "parent", "adjacent", "related", "similar", "end",
            "aftermarket", "dynamics", "segmentation", "scope", "definition", "summary", "snapshot", "study",
            "estimate", "estimates", "estimated", "projection", "projections", "projected", "expected", "forecasted", "landscape", "competitive", "by", "and", "&", "-",
            "market", "markets", "data", "intelligence", "information", "update", "updates", "news", "press",
            "release", "releases", "sample", "free", "full", "premium", "domestic", "local", "national", "this",
            "segment", "segments", "driver", "drivers", "challenge", "challenges", "restraint", "restraints",
            "player", "players", "vendor", "vendors", "company", "companies", "type", "types",
            "application", "applications", "region", "regions", "country", "countries", "big");
    private static final Set<String> REGION = Set.of(
            "north", "south", "east", "west", "central", "eastern", "western", "northern", "southern", "america",
            "americas", "american", "europe", "european", "asia", "asian", "pacific", "apac", "latin", "middle",
            "africa", "african", "mea", "emea", "gcc", "us", "u.s.", "u.s", "usa", "united", "states", "kingdom",
            "uk", "china", "chinese", "india", "indian", "japan", "japanese", "korea", "korean", "germany", "german",
            "france", "french", "italy", "spain", "brazil", "canada", "mexico", "australia", "russia", "saudi",
            "arabia", "uae", "indonesia", "vietnam", "thailand", "singapore", "malaysia", "philippines", "turkey",
            "nordic", "benelux", "asean", "anz", "rest", "row");
    private static final int MAX_WORDS = 7;
    private static final Pattern ACRONYM = Pattern.compile("(?:^|\\s)(\\p{Lu}{2,6})s?\\s+(?i:markets?)$");

    private MarketNames() {
    }

    /** The first market named in {@code text} that has words of its own, normalised; empty if none. */
    static Optional<String> first(String text) {
        List<Mention> named = scan(text, true);
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(0).name());
    }

    /** A market named in text: its normalised name and where its phrase starts and ends. */
    record Mention(String name, int start, int end) {
    }

    /**
     * Every market phrase in {@code text}: {@code X market} whose words before {@code market} are not all generic,
     * leaving out prose such as "market share"; {@code name} is empty for a generic one ("the global market").
     */
    static List<Mention> mentions(String written) {
        return scan(written, false);
    }

    /** The mentions of {@code written}; with {@code firstNamed}, only the first whose name is not empty, if any. */
    private static List<Mention> scan(String written, boolean firstNamed) {
        // No-break spaces and line ends separate words like spaces; the copy keeps every offset.
        String text = withSpaces(written);
        List<Mention> found = new ArrayList<>();
        Matcher m = MARKET.matcher(text);
        int from = 0;
        // Only where "market" is written can the word start: the pattern is tried there rather than at every "m".
        while (Starts.find(m, text, from, at -> mayStartMarket(text, at))) {
            from = m.end();
            // The prose words after "market" need a space first; most mentions have none to test.
            if (m.end() < text.length() && isRegexSpace(text.charAt(m.end()))
                    && PROSE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            int start = m.start();
            int i = m.start();
            int window = Math.max(0, i - 20);
            if (text.lastIndexOf(')', i - 1) >= window) { // an abbreviation in brackets ends with one
                Matcher abbreviation = BRACKETED_ABBREVIATION.matcher(text.substring(window, i));
                if (abbreviation.find()) {
                    i = window + abbreviation.start(); // the name is the words before the abbreviation
                }
            }
            while (words.size() < MAX_WORDS) {
                int end = i;
                while (i > 0 && text.charAt(i - 1) == ' ') {
                    i--;
                }
                int wordEnd = i;
                while (i > 0 && isWordChar(text.charAt(i - 1))) {
                    i--;
                }
                if (i == wordEnd) {
                    i = end;
                    break;
                }
                String word = withoutPossessive(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
                if (STOP.contains(word)) {
                    i = end;
                    break;
                }
                words.add(0, word);
                start = i;
            }
            Mention mention = new Mention(normalise(words), start, m.end());
            if (!firstNamed) {
                found.add(mention);
            } else if (!mention.name().isEmpty()) {
                return List.of(mention);
            }
        }
        return found;
    }

    /**
     * {@code written} with each no-break space, line feed and tab replaced by a space: one pass to look for them and
     * a copy only if there is one, where three {@code String.replace} calls scanned the text three times.
     */
    static String withSpaces(String written) {
        int first = 0;
        while (first < written.length() && !isSpaceLike(written.charAt(first))) {
            first++;
        }
        if (first == written.length()) {
            return written;
        }
        char[] chars = written.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isSpaceLike(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean isSpaceLike(char c) {
        return c == '\u00a0' || c == '\n' || c == '\t';
    }

    /**
     * Whether {@link #MARKET} can match at {@code at}: "market" starts there in any case. The pattern's {@code (?i)}
     * folds ASCII letters only and {@code regionMatches} folds those and more, so this holds wherever it matches.
     */
    static boolean mayStartMarket(String text, int at) {
        char c = text.charAt(at);
        return (c == 'm' || c == 'M') && text.regionMatches(true, at + 1, "arket", 0, 5);
    }

    /** What separates the words of a name: {@code [\\s/-]}. */
    private static boolean isNameSeparator(char c) {
        return c == '/' || c == '-' || isRegexSpace(c);
    }

    /** {@code \\s} of a regular expression: the ASCII spaces only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The word without a final {@code 's} or {@code \u2019s}, without a regular expression per word. */
    private static String withoutPossessive(String word) {
        int n = word.length();
        if (n >= 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '&' || c == '.' || c == '\'' || c == '\u2019'
                || c == '/';
    }

    /** The name made of {@code words}, without generic words, years and numbers; empty when nothing is left. */
    private static String normalise(List<String> words) {
        List<String> kept = new ArrayList<>();
        boolean named = false;
        for (String word : words) {
            String w = trimEdgePunctuation(word);
            if (w.isEmpty() || GENERIC.contains(w) || allDigits(w) || isYears(w)) {
                continue;
            }
            kept.add(w);
            named |= !REGION.contains(w) && !w.equals("and");
        }
        return named ? String.join(" ", kept) + " market" : "";
    }

    /** The word without leading and trailing {@code - & . /}, without a regular expression per word. */
    private static String trimEdgePunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && "-&./".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "-&./".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code w} is a year or a range of years: {@code 2024}, {@code 2024-30}, {@code 2024\u20132030}. */
    private static boolean isYears(String w) {
        int n = w.length();
        if (n < 4 || !asciiDigits(w, 0, 4)) {
            return false;
        }
        return n == 4 || (w.charAt(4) == '-' || w.charAt(4) == '\u2013') && n - 5 >= 2 && n - 5 <= 4
                && asciiDigits(w, 5, n);
    }

    private static boolean asciiDigits(String w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Starts.isAsciiDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The core words of a name: its words that are not regions, without plural endings. */
    static Set<String> core(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : words(name)) {
            if (word.equals("market") || word.equals("and") || word.equals("&") || REGION.contains(word)) {
                continue;
            }
            words.add(singular(word));
        }
        return words;
    }

    /**
     * The words of a name: the runs between spaces, slashes and hyphens, as {@code name.split("[\\s/-]+")} gives
     * them without its empty first string, and without compiling the pattern on each call.
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && isNameSeparator(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < name.length() && !isNameSeparator(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(name.substring(start, i));
            }
        }
        return words;
    }

    /**
     * Whether {@code name} is the document's market or a part of it: it has more than half of the document's core
     * words, compared by stem, so that "surgical robotic market" is the "surgery robotic market" and "lithium ion
     * battery recycling market" is the "lithium ion battery recycling and cascaded utilization market", but "battery
     * market" is not the "electric vehicle battery market". A name without core words is generic and covered.
     */
    static boolean covers(String documentMarket, String name) {
        Set<String> named = stems(core(name));
        if (named.isEmpty()) {
            return true;
        }
        Set<String> own = stems(core(documentMarket));
        if (own.isEmpty()) {
            return false;
        }
        long shared = own.stream().filter(named::contains).count();
        return shared * 2 > own.size();
    }

    /**
     * Whether {@code name} is a narrower market than the document's: its core words include all of the document's and
     * more ("pressure sensor market" in a page about the "sensor market"), not a short form of it.
     */
    static boolean isNarrower(String documentMarket, String name) {
        Set<String> own = stems(core(documentMarket));
        Set<String> named = stems(core(name));
        return !own.isEmpty() && named.size() > own.size() && named.containsAll(own);
    }

    /**
     * Whether {@code phrase}, a market phrase as written, names the market by an acronym that starts like the
     * document's market ("the VDR market" in a virtual room software report): most likely the same market, and
     * ambiguous at worst, so not another market.
     */
    static boolean isAcronymFor(String documentMarket, String phrase) {
        Matcher acronym = ACRONYM.matcher(phrase);
        if (!acronym.find()) {
            return false;
        }
        Set<String> own = core(documentMarket);
        return !own.isEmpty() && Character.toLowerCase(acronym.group(1).charAt(0)) == own.iterator().next().charAt(0);
    }

    /** The stems of the core words of {@code name}: what {@link #covers} compares, in the order of the name. */
    static Set<String> coreStems(String name) {
        return stems(core(name));
    }

    private static Set<String> stems(Set<String> words) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words) {
            stems.add(stem(word));
        }
        return stems;
    }

    /** A crude stem: "surgical" and "surgery" are both "surg", "robotics" and "robotic" both "robot". */
    private static String stem(String word) {
        String w = word;
        for (String suffix : new String[] {"ical", "ics", "ic", "ery", "ing", "ed", "al"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    /** Whether the words of {@code name} are regions and countries only. */
    static boolean isRegionWord(String word) {
        return REGION.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A crude singular of a lower-case word: "types" is "type", "industries" is "industry". */
    static String singular(String word) {
        if (word.length() > 3 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
