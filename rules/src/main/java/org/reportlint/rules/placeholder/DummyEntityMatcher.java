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
     * sign, which makes a number a value ({@code Leading Player 29 %}).
     */
    private static final String LABEL_END = "(?![\\w&+]|[.\\-\u2010\u2011]\\w|\\s?%)";
    /** The space inside a name: a name does not break across lines, so a line-per-item list cannot form one. */
    private static final String NAME_SPACE = "[ \u00A0]";
    /** A masked share that a template printed after the entity: {@code - x%}, {@code : XX%}, {@code (**%)}. */
    private static final String MASKED_SHARE = "(?:\\s*[-\u2013\u2014:(]\\s*(?:" + LETTER_MASK + "|" + STAR_MASK
            + ")\\s?%\\)?)";

    private static final Pattern PARTICIPANT = Pattern.compile(
            "\\b(?:Company|Player|Vendor|Brand|Manufacturer|Supplier|Competitor|Firm|Client|Customer|Distributor"
                    + "|Retailer|Provider|Corporation|Organi[sz]ation|Startup)" + NAME_SPACE + LABEL + LABEL_END
                    + MASKED_SHARE + "?");
    private static final Pattern SERIES_MEMBER = Pattern.compile(
            "\\b(Technology|Product|Segment|Region|Country|Application|Solution|Service|Material|Category|Market)"
                    + NAME_SPACE + "([A-HJ-Z])" + LABEL_END + "(" + MASKED_SHARE + ")?");
    private static final Pattern STOCK_NAME = Pattern.compile(
            "\\b(?:(?:John|Jane)\\s+Doe|(?:XYZ|ABC)\\s+(?:Corporation|Corp\\b\\.?|Company|Co\\b\\.?|Inc\\b\\.?"
                    + "|Ltd\\b\\.?|Limited|LLC|Group|Industries|Enterprises|Technologies|Holdings|Solutions)"
                    + "|Acme\\s+Corp(?:oration|\\b\\.?)|XYZ\\s+(?:market|industry|sector))(?!\\w)");

    @Override
    public void find(String text, List<TextMatch> out) {
        addAll(PARTICIPANT.matcher(text), text, out);
        addSeries(text, out);
        addAll(STOCK_NAME.matcher(text), text, out);
    }

    /** Flags a weak noun with a masked share, or when the block gives it two or more labels. */
    private static void addSeries(String text, List<TextMatch> out) {
        List<SeriesCandidate> candidates = new ArrayList<>();
        Map<String, Set<String>> labelsByNoun = new HashMap<>();
        Matcher member = SERIES_MEMBER.matcher(text);
        while (member.find()) {
            candidates.add(new SeriesCandidate(member.start(), member.end(), member.group(1),
                    member.group(3) != null));
            labelsByNoun.computeIfAbsent(member.group(1), noun -> new HashSet<>()).add(member.group(2));
        }
        for (SeriesCandidate candidate : candidates) {
            if (candidate.maskedShare() || labelsByNoun.get(candidate.noun()).size() >= 2) {
                add(text, candidate.start(), candidate.end(), out);
            }
        }
    }

    private record SeriesCandidate(int start, int end, String noun, boolean maskedShare) {
    }

    private static void addAll(Matcher matcher, String text, List<TextMatch> out) {
        while (matcher.find()) {
            add(text, matcher.start(), matcher.end(), out);
        }
    }

    private static void add(String text, int start, int end, List<TextMatch> out) {
        out.add(new TextMatch(start, end, "Dummy name \"" + TextMatch.quote(text, start, end) + "\" left in text"));
    }
}
