package org.reportlint.rules.sharesum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Figure;
import org.reportlint.core.facts.FigureKind;

/**
 * Reads a run of list entries as the parts of one whole: "North America: 38%", "Europe - 31%", "Asia Pacific holds
 * 29% of revenue".
 *
 * <p>Entries before the first one with a percentage are its lead-in; after that, every entry must give exactly one
 * share (a total or a combined figure is left out), or the run is not a breakdown of one whole. The lead-in or the
 * entries must say the figures are shares (or the lead-in announces a breakdown, "by region:"), and a lead-in about
 * growth makes bare percentages ambiguous. Entries
 * longer than a label and a share ("Hand widgets led the type segment with 46% share") are read only when the
 * lead-in says what they are shares of, since a list of highlights gives shares of many wholes; lines of one block
 * must all be that short, since a plain text paragraph breaks at every line end.
 */
final class EntryGroups {
    private static final int SHORT_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019.&-]*");
    private static final Pattern LABEL_EDGE = Pattern.compile("^[\\s\\p{Punct}\u2013\u2014\u2022]+|[\\s\\p{Punct}"
            + "\u2013\u2014\u2022]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?:cagr|grow\\w*|grew|growth|rates?|increas\\w*"
            + "|declin\\w*|chang\\w*|y-?o-?y|year[- ]on[- ]year|margins?|penetration|adoption)\\b");

    private EntryGroups() {
    }

    /** The group the entries give, if they read as the shares of one whole's parts. */
    static Optional<PartGroup> read(Facts facts, String leadIn, List<Entry> entries, boolean linesOfProse) {
        StringBuilder context = new StringBuilder(leadIn);
        StringBuilder lead = new StringBuilder(leadIn);
        List<Part> parts = new ArrayList<>();
        boolean allShort = true;
        boolean started = false;
        for (Entry entry : entries) {
            List<Figure> percents = facts.figures(entry.block()).stream()
                    .filter(f -> f.kind() == FigureKind.PERCENT && entry.contains(f.start())).toList();
            context.append('\n').append(entry.text());
            if (percents.isEmpty()) {
                if (started) {
                    return Optional.empty();
                }
                lead.append('\n').append(entry.text());
                continue;
            }
            started = true;
            List<Figure> shares = percents.stream().filter(f -> FigureRole.of(f) == FigureRole.SHARE).toList();
            boolean restated = percents.stream().anyMatch(f -> FigureRole.of(f) == FigureRole.RESTATEMENT);
            String label = shares.isEmpty() ? "" : label(entry, shares.get(0));
            if (shares.isEmpty() && restated || shares.size() == 1 && WholeCues.isTotalLabel(label)) {
                continue;
            }
            if (shares.size() != 1) {
                return Optional.empty();
            }
            Figure share = shares.get(0);
            allShort &= isShort(entry, share, label);
            parts.add(new Part(share, label, WholeCues.wholeAfter(entry.block().text(), share.end())));
        }
        String all = context.toString();
        String leadText = lead.toString();
        boolean leadInSaysShare = WholeCues.saysShare(leadText);
        // Wrapped lines of a plain text paragraph are not entries; only short lines are read as a list.
        boolean readable = allShort ? WholeCues.saysShare(all) || WholeCues.announcesBreakdown(leadText)
                : leadInSaysShare && !linesOfProse;
        if (parts.size() < 2 || CHANGE.matcher(leadText).find() || !readable) {
            return Optional.empty();
        }
        return Optional.of(new PartGroup(parts, all));
    }

    private static String label(Entry entry, Figure share) {
        String before = entry.block().text().substring(entry.start(), share.start());
        return LABEL_EDGE.matcher(before).replaceAll("");
    }

    /** A label and a share with a few words around them, rather than a sentence about something else too. */
    private static boolean isShort(Entry entry, Figure share, String label) {
        String after = entry.block().text().substring(share.end(), entry.end());
        Matcher end = SENTENCE_END.matcher(after);
        if (end.find()) {
            after = after.substring(0, end.start());
        }
        return words(label) <= SHORT_WORDS && words(after) <= SHORT_WORDS;
    }

    private static int words(String text) {
        int count = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }
}
