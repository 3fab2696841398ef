package org.reportlint.rules.placeholder;

import static org.reportlint.rules.placeholder.NumberWords.LETTER_MASK;
import static org.reportlint.rules.placeholder.NumberWords.STAR_MASK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds stand-in names: lettered or numbered entities ({@code Company A}, {@code Player 1}, {@code Vendor X}) and
 * stock dummy names ({@code XYZ Corporation}, {@code John Doe}).
 *
 * <p>Nouns that name a market participant ({@code Company}, {@code Vendor}, {@code Brand}) are flagged with any
 * label. Nouns that also head real terms ({@code Technology A}, {@code Product B}) are flagged only as a series of
 * two or more labels in one block, or with a masked share ({@code Technology A - x%}). Nouns such as {@code Type},
 * {@code Series}, {@code Plan}, {@code Vitamin} and {@code Class} are never entities here.
 */
final class DummyEntityMatcher implements PlaceholderMatcher {
    /** A label: one capital letter other than the pronoun I, a small number, or a run of X, Y or Z. */
    private static final String LABEL = "(?:[A-HJ-Z]|[1-9]\\d?|X{2,4}|Y{2,4}|Z{2,4})";
    /**
     * What may not follow a label: more of a word, {@code A.G.}, {@code B-52}, {@code A+}, {@code B&Q}, or a percent
     * sign, which makes a number a value ({@code Leading Player 29 %}), or a second initial ({@code A. O. Smith}).
     */
    private static final String LABEL_END = "(?![\\w&+]|[.\\-\u2010\u2011]\\w|\\s?%|\\.\\s?\\p{Lu}\\.)";
    /** The space inside a name: a name does not break across lines, so a line-per-item list cannot form one. */
    private static final String NAME_SPACE = "[ \u00A0]";
    /** A masked share that a template printed after the entity: {@code - x%}, {@code : XX%}, {@code (**%)}. */
    private static final String MASKED_SHARE = "(?:\\s*[-\u2013\u2014:(]\\s*(?:" + LETTER_MASK + "|" + STAR_MASK
            + ")\\s?%\\)?)";

    private static final Set<String> PARTICIPANTS = Set.of("Company", "Player", "Vendor", "Brand", "Manufacturer",
            "Supplier", "Competitor", "Firm", "Client", "Customer", "Distributor", "Retailer", "Provider",
            "Corporation", "Organisation", "Organization", "Startup");
    private static final Set<String> SERIES_NOUNS = Set.of("Technology", "Product", "Segment", "Region", "Country",
            "Application", "Solution", "Service", "Material", "Category", "Market");
    /**
     * A label and what may follow it, found before the noun: a space is cheap to look for, whereas trying a list of
     * nouns at every position is not. The noun before the space is checked afterwards.
     */
    private static final Pattern LABEL_AFTER_SPACE = Pattern.compile(
            NAME_SPACE + "(" + LABEL + ")" + LABEL_END + "(" + MASKED_SHARE + ")?");
    private static final Pattern STOCK_NAME = Pattern.compile(
            "\\b(?:(?:John|Jane)\\s+Doe|(?:XYZ|ABC)\\s+(?:Corporation|Corp\\b\\.?|Company|Co\\b\\.?|Inc\\b\\.?"
                    + "|Ltd\\b\\.?|Limited|LLC|Group|Industries|Enterprises|Technologies|Holdings|Solutions)"
                    + "|Acme\\s+Corp(?:oration|\\b\\.?)|XYZ\\s+(?:market|industry|sector))(?!\\w)");

    /** Where a stock name can start; {@link #STOCK_NAME} begins with one of these words. */
    /** The characters {@link #NAME_SPACE} matches. */
    private static final char[] NAME_SPACES = {' ', '\u00A0'};
    private static final List<String> STOCK_NAME_STARTS = List.of("John", "Jane", "XYZ", "ABC", "Acme");

    private final Searcher searcher;

    DummyEntityMatcher() {
        this(Searcher.ANCHORED);
    }

    DummyEntityMatcher(Searcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        List<SeriesCandidate> series = new ArrayList<>();
        Map<String, Set<String>> labelsByNoun = new HashMap<>();
        AnchoredFind search = searcher.find(LABEL_AFTER_SPACE, text, labelStarts(sketch));
        while (search.find()) {
            Matcher label = search.matcher();
            int nounStart = wordStart(text, label.start());
            String noun = text.substring(nounStart, label.start());
            if (PARTICIPANTS.contains(noun)) {
                add(text, nounStart, label.end(), out);
            } else if (SERIES_NOUNS.contains(noun) && label.group(1).length() == 1 && Character.isLetter(
                    label.group(1).charAt(0))) {
                series.add(new SeriesCandidate(nounStart, label.end(), noun, label.group(2) != null));
                labelsByNoun.computeIfAbsent(noun, n -> new HashSet<>()).add(label.group(1));
            }
        }
        // A weak noun counts with a masked share, or when the block gives it two or more labels.
        for (SeriesCandidate candidate : series) {
            if (candidate.maskedShare() || labelsByNoun.get(candidate.noun()).size() >= 2) {
                add(text, candidate.start(), candidate.end(), out);
            }
        }
        if (sketch.containsAny("Doe", "XYZ", "ABC", "Acme")) {
            addAll(searcher.find(STOCK_NAME, text, Anchors.occurrences(text, STOCK_NAME_STARTS)), text, out);
        }
    }

    /**
     * Where {@link #LABEL_AFTER_SPACE} can match: a space before a digit, before a capital that does not go on as a
     * word ({@code A}, {@code B&}, {@code X.}), or before a doubled {@code XX}, {@code YY} or {@code ZZ}. A capital
     * that starts a word ({@code Company}) cannot be a label, and most spaces before a capital are such.
     */
    private static Starts labelStarts(TextSketch sketch) {
        String text = sketch.text();
        Starts starts = new Starts(text.length());
        for (char space : NAME_SPACES) {
            if (!sketch.mayHold(space)) {
                continue;
            }
            for (int i = text.indexOf(space); i >= 0 && i + 1 < text.length(); i = text.indexOf(space, i + 1)) {
                char label = text.charAt(i + 1);
                char after = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
                boolean letter = label >= 'A' && label <= 'Z' && label != 'I';
                if ((label >= '1' && label <= '9')
                        || (letter && !Anchors.isRegexWord(after) && after != '&' && after != '+')
                        || ((label == 'X' || label == 'Y' || label == 'Z') && after == label)) {
                    starts.add(i);
                }
            }
        }
        return starts;
    }

    /** The start of the word that ends at {@code end}; {@code end} itself when a digit or underscore is glued on. */
    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            return end;
        }
        return start;
    }

    private record SeriesCandidate(int start, int end, String noun, boolean maskedShare) {
    }

    private static void addAll(AnchoredFind search, String text, List<TextMatch> out) {
        while (search.find()) {
            add(text, search.matcher().start(), search.matcher().end(), out);
        }
    }

    private static void add(String text, int start, int end, List<TextMatch> out) {
        out.add(new TextMatch(start, end, "Dummy name \"" + TextMatch.quote(text, start, end) + "\" left in text"));
    }
}
