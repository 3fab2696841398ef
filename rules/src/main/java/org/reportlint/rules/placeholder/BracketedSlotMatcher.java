package org.reportlint.rules.placeholder;

import static org.reportlint.rules.placeholder.NumberWords.CURRENCY;
import static org.reportlint.rules.placeholder.NumberWords.MAGNITUDE;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a slot name left in brackets of any kind and casing: {@code [CAGR]}, {@code <Market Name>},
 * {@code {Company}}, {@code <<name>>}, {@code [market_size]}, {@code $[value] million}.
 *
 * <p>Only brackets that hold slot words and nothing else count (see {@link SlotWords}), so a citation ({@code [1]},
 * {@code [citation needed]}), an editorial insertion ({@code [the company]}), a comparison ({@code <5%}) and an
 * address ({@code <name@example.com>}) are prose. A Markdown link or reference ({@code [Name](url)},
 * {@code [Name][ref]}, {@code [Name]:}) is not a slot either.
 */
final class BracketedSlotMatcher implements PlaceholderMatcher {
    /** The characters a slot name is written with, one line at most. */
    private static final String NAME = "([\\p{L}][\\p{L}\\d _.\\-]{0,40})";
    private static final Pattern SLOT = Pattern.compile(
            "(?:" + CURRENCY + ")?"
                    + "(?:<<\\s*" + NAME + "\\s*>>"
                    + "|(?<![<\\w])<" + NAME + ">(?!>)"
                    + "|(?<![\\[\\w])\\[\\s*" + NAME + "\\s*\\](?![(:\\[\\]])"
                    + "|(?<![{\\w$^_\\\\])\\{\\s*" + NAME + "\\s*\\}(?!\\})"
                    + ")(?:\\s?%|\\s" + MAGNITUDE + "\\b)?");

    private final Searcher searcher;

    BracketedSlotMatcher() {
        this(Searcher.ANCHORED);
    }

    BracketedSlotMatcher(Searcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        if (!sketch.contains('[') && !sketch.contains('<') && !sketch.contains('{')) {
            return;
        }
        // A slot starts at its bracket, or at the currency before it.
        Starts starts = Anchors.currencies(sketch);
        Anchors.occurrences(text, '[', starts);
        Anchors.occurrences(text, '<', starts);
        Anchors.occurrences(text, '{', starts);
        AnchoredFind search = searcher.find(SLOT, text, starts);
        while (search.find()) {
            Matcher slot = search.matcher();
            String name = firstGroup(slot);
            if (name != null && SlotWords.isSlot(name)) {
                out.add(new TextMatch(slot.start(), slot.end(), "Unrendered template syntax \""
                        + TextMatch.quote(text, slot.start(), slot.end()) + "\""));
            }
        }
    }

    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return null;
    }
}
