package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link MarketNames#mentions} give what the code they replace gave: the pre-check holds wherever the
 * pattern matches, the copy with spaces is the three replacements, the words of a name are the split's.
 */
class MarketNamesTest {
    private static final Pattern MARKET = Pattern.compile("(?i)\\bmarkets?\\b");
    /** Pieces near "market" in every way that matters: case, Unicode case folding, word characters around it. */
    private static final String[] PIECES = {"market", "Market", "MARKET", "mArKeT", "markets", "MARKETS", "m", "M",
        "ar", "AR", "ket", "KET", "\u212aet", "\u0131", "\u017f", "s", "S", "_", "-", " ", "\u00a0", "\n", "\t", "\r",
        "\u0301", "\u00e9", "1", ".", "super", "/", "x"};

    @Test
    void marketCanStartOnlyWhereThePreCheckHolds() {
        Random random = new Random(17);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            String text = PreChecksTest.random(random, PIECES, 8);
            Matcher m = MARKET.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; at < text.length(); at++) {
                if (m.region(at, text.length()).lookingAt()) {
                    matched++;
                    assertTrue(MarketNames.mayStartMarket(text, at), at + " in " + text);
                }
            }
        }
        assertTrue(matched > 5_000, "the pieces make the pattern match often enough to test: " + matched);
    }

    @Test
    void theCopyWithSpacesIsTheThreeReplacements() {
        Random random = new Random(23);
        for (int n = 0; n < 50_000; n++) {
            String text = PreChecksTest.random(random, PIECES, 10);
            assertEquals(text.replace('\u00a0', ' ').replace('\n', ' ').replace('\t', ' '),
                    MarketNames.withSpaces(text), text);
        }
    }

    @Test
    void theWordsOfANameAreTheSplitsNonEmptyStrings() {
        String[] pieces = {"north", "America", " ", "  ", "/", "-", "\t", "\n", "\u000b", "\f", "\r", "\u00a0",
            "u.s.", "&", "x"};
        Random random = new Random(29);
        for (int n = 0; n < 50_000; n++) {
            String name = PreChecksTest.random(random, pieces, 8);
            List<String> split = Arrays.stream(name.split("[\\s/-]+")).filter(word -> !word.isEmpty()).toList();
            assertEquals(split, MarketNames.words(name), name);
        }
    }
}
