package org.reportlint.rules.sharesum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Figure;
import org.reportlint.core.facts.FigureKind;
import org.reportlint.core.facts.Sentence;

/**
 * Finds the sentences that give shares to several parts: "hand widgets held 46%, power widgets 41% and others 22%
 * of the market".
 *
 * <p>The sentence must say its figures are shares, and a part's name must stand between each two shares (or the
 * sentence says "respectively", or lists as many names before the shares as there are shares), so that "held 46% in 2023 and 41%" gives one part two figures and is not read.
 * A sentence that moves from one figure to another ("from 35% to 40%") is a change, not a split, and one that
 * forecasts ("is expected to hold") may set a future share beside a present one, so neither is read.
 */
final class SentenceGroups {
    private static final Pattern NAME = Pattern.compile("(?i)\\b(?!(?:and|or|to|of|the|in|at|by|with|while|whereas"
            + "|its|a|an|about|around|nearly|some|approximately|roughly|over|almost|share|shares|market|held|holds"
            + "|hold|accounted|accounting|accounts|for|respectively|percent|per|cent)\\b)\\p{L}{2,}");
    private static final Pattern ENUMERATION = Pattern.compile(",|\\band\\b|&");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    private static final Pattern TRANSITION = Pattern.compile("(?i)\\bfrom\\s+(?:about\\s+|around\\s+)?\\d[\\d.]*\\s*%"
            + "|\\b(?:up|down)\\s+from\\b|\\bto\\s+reach\\b|\\breaching\\b|\\bwill\\b|\\b(?:expected|projected"
            + "|anticipated|forecast(?:ed)?|predicted|estimated|likely|set|poised)\\s+to\\b");

    private SentenceGroups() {
    }

    /**
     * Whether the words before the first figure list at least {@code count} names, as in "the shares of A, B and C
     * stand at 46%, 41% and 22%".
     */
    private static boolean namedBefore(String lead, int count) {
        return ENUMERATION.split(lead, -1).length >= count;
    }

    static List<PartGroup> find(Facts facts) {
        List<PartGroup> groups = new ArrayList<>();
        for (TextBlock block : facts.document().blocks()) {
            List<Figure> percents = facts.figures(block).stream().filter(f -> f.kind() == FigureKind.PERCENT)
                    .toList();
            if (percents.size() < 2) {
                continue;
            }
            for (Sentence sentence : facts.sentences(block)) {
                List<Figure> inSentence = percents.stream().filter(f -> sentence.contains(f.start())).toList();
                if (inSentence.size() >= 2) {
                    read(sentence, inSentence).ifPresent(groups::add);
                }
            }
        }
        return groups;
    }

    private static Optional<PartGroup> read(Sentence sentence, List<Figure> figures) {
        String text = sentence.text();
        if (!WholeCues.saysShare(text) || TRANSITION.matcher(text).find()) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        String blockText = sentence.block().text();
        int previousEnd = sentence.start();
        for (Figure figure : figures) {
            if (FigureRole.of(figure) == FigureRole.SHARE) {
                String between = blockText.substring(previousEnd, figure.start());
                boolean named = NAME.matcher(between).find();
                if (!parts.isEmpty() && !named && !RESPECTIVELY.matcher(text).find()
                        && !namedBefore(blockText.substring(sentence.start(), figures.get(0).start()), figures.size())) {
                    return Optional.empty();
                }
                parts.add(new Part(figure, named ? between.strip() : "",
                        WholeCues.wholeAfter(blockText, figure.end())));
            }
            previousEnd = figure.end();
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new PartGroup(parts, text));
    }
}
