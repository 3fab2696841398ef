package org.reportlint.rules.placeholder;

import static org.reportlint.rules.placeholder.NumberWords.CURRENCY_CODE;
import static org.reportlint.rules.placeholder.NumberWords.CURRENCY_SYMBOL;
import static org.reportlint.rules.placeholder.NumberWords.MAGNITUDE;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds slots a template filled with nothing: {@code valued at USD billion in}, {@code a CAGR of % from to 2030},
 * {@code USD  million}.
 *
 * <p>A currency and magnitude side by side are also how a table labels its unit ({@code Revenue (USD Billion)}), so
 * they count as an empty slot only after a word that announces a figure ({@code at}, {@code reach}, {@code from},
 * {@code totalled}), not after one that labels a unit ({@code converted to}), or when the template left the double
 * space where the number was. Slots with no currency or percent sign left are {@link BareSlotMatcher}'s.
 */
final class EmptySlotMatcher implements PlaceholderMatcher {
    /** A word that takes an amount: a preposition, an approximation, or a verb in any tense that states one. */
    private static final String ANNOUNCES_FIGURE = "(?i:at|of|to|from|reach|reached|reaches|reaching|around|about"
            + "|approximately|roughly|nearly|almost|over|exceed|exceeded|exceeding|surpass|surpassed|surpassing|worth"
            + "|is|was|be|hit|totall?ed|totall?ing|generated?|generating|valued|estimated|projected"
            + "|expected|recorded|posted|registered|earned|raised|accounted\\s+for|accounts\\s+for"
            + "|accounting\\s+for)";
    private static final String CURRENCY_WORD = "(?:" + CURRENCY_SYMBOL + "|" + CURRENCY_CODE + ")";

    /** A currency with no amount after it: before a magnitude, or a code before "in 2023" or "by and". */
    private static final Pattern CURRENCY_WITHOUT_AMOUNT = Pattern.compile(
            CURRENCY_WORD + "(\\s*)" + MAGNITUDE + "\\b"
                    + "|" + CURRENCY_CODE + "(?=\\s+(?:in|by)\\s+(?:(?:19|20)\\d\\d|and)\\b)");
    /** The word before, checked once a currency is found: trying it first at every position is slow. */
    private static final Pattern FIGURE_ANNOUNCED = Pattern.compile("\\b" + ANNOUNCES_FIGURE + "\\s+$");
    private static final Pattern NAMES_A_CURRENCY = Pattern.compile("(?i)\\b(?:from|to|is|was|be)\\s+$");
    /** A unit label such as "in units of USD billion" is not a slot. */
    private static final Pattern UNIT_LABEL = Pattern.compile(
            "(?i)\\b(?:units|terms|thousands|millions)\\s+of\\s+$"
                    + "|\\b(?:converted|expressed|shown|given|presented|denominated|measured|quoted|stated)"
                    + "\\s+(?:in|to|into|from)\\s+$");
    private static final Pattern PERCENT_WITHOUT_AMOUNT = Pattern.compile(
            "\\b(?i:of|at|by|around|about|approximately|nearly|over|CAGR)\\s+%(?=\\s|[.,;:]|$)"
                    + "|(?<![\\w%.])[ \\t\u00A0]%(?=\\s+CAGR\\b)");
    /** Both years missing: followed by a year or the end of the clause, unlike "came from to see". */
    private static final Pattern YEARS_WITHOUT_VALUES = Pattern.compile(
            "\\b(?i:from\\s+to|between\\s+and)(?=\\s+(?:19|20)\\d\\d\\b|\\s*[,.;:)]|\\s*$)");

    /** The words {@link #PERCENT_WITHOUT_AMOUNT} takes before the spaces and percent sign; case is ignored. */
    private static final List<String> PERCENT_LEADS = List.of("of", "at", "by", "around", "about", "approximately",
            "nearly", "over", "CAGR");

    private static final char[] FROM_BETWEEN_INITIALS = {'f', 'F', 'b', 'B'};

    private final Searcher searcher;

    EmptySlotMatcher() {
        this(Searcher.ANCHORED);
    }

    EmptySlotMatcher(Searcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        // A cheap test that spares most blocks the currency patterns, whose many alternatives are slow to try.
        if (Anchors.mayHoldCurrency(sketch)) {
            findCurrencySlots(searcher.find(CURRENCY_WITHOUT_AMOUNT, text, Anchors.currencies(sketch)), text,
                    out);
        }
        if (Needles.hasSpacedPercent(sketch)) {
            findPercentSlots(searcher.find(PERCENT_WITHOUT_AMOUNT, text, percentStarts(text)), text, out);
        }
        if (sketch.containsAny("rom", "ROM", "etween", "ETWEEN")) {
            addAll(searcher.find(YEARS_WITHOUT_VALUES, text, yearsStarts(sketch)), text, out);
        }
    }

    /**
     * Where {@link #PERCENT_WITHOUT_AMOUNT} can start: the space just before a percent sign, or a lead word that ends
     * at the run of spaces before one.
     */
    private static Starts percentStarts(String text) {
        Starts starts = new Starts(text.length());
        for (int at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
            starts.add(at - 1);
            int spaces = Anchors.spaceRunStart(text, at);
            if (spaces < at) {
                Anchors.wordsEndingAt(text, spaces, PERCENT_LEADS, starts);
            }
        }
        return starts;
    }

    /** Where "from" or "between" starts, in any case: where {@link #YEARS_WITHOUT_VALUES} can start. */
    private static Starts yearsStarts(TextSketch sketch) {
        String text = sketch.text();
        Starts starts = new Starts(text.length());
        for (char c : FROM_BETWEEN_INITIALS) {
            if (!sketch.mayHold(c)) {
                continue;
            }
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                if (text.regionMatches(true, i, "from", 0, 4) || text.regionMatches(true, i, "between", 0, 7)) {
                    starts.add(i);
                }
            }
        }
        return starts;
    }

    /**
     * Flags a currency with no amount where a figure was announced ({@code valued at USD billion}), or where the
     * template left the double space the number should have filled ({@code USD  million}).
     */
    private static void findCurrencySlots(AnchoredFind search, String text, List<TextMatch> out) {
        while (search.find()) {
            Matcher currency = search.matcher();
            String before = text.substring(Math.max(0, currency.start() - 40), currency.start());
            boolean announced = FIGURE_ANNOUNCED.matcher(before).find() && !UNIT_LABEL.matcher(before).find();
            // A bare code before a year after "from", "to" or "was" is a currency named, not an amount missing:
            // "switched its reporting from USD in 2023", "pegged to USD in 1983", "the currency was USD in 2020".
            if (announced && currency.group(1) == null && NAMES_A_CURRENCY.matcher(before).find()) {
                announced = false;
            }
            boolean gap = currency.group(1) != null && currency.group(1).replace('\t', ' ').contains("  ");
            if (announced || gap) {
                add(text, currency.start(), currency.end(), out);
            }
        }
    }

    private static void findPercentSlots(AnchoredFind search, String text, List<TextMatch> out) {
        while (search.find()) {
            Matcher percent = search.matcher();
            int start = percent.start();
            while (Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            add(text, start, percent.end(), out);
        }
    }

    private static void addAll(AnchoredFind search, String text, List<TextMatch> out) {
        while (search.find()) {
            add(text, search.matcher().start(), search.matcher().end(), out);
        }
    }

    private static void add(String text, int start, int end, List<TextMatch> out) {
        out.add(new TextMatch(start, end, "Empty slot: \"" + TextMatch.quote(text, start, end) + "\" has no number"));
    }
}
