package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying a pattern only where it can start finds exactly what {@link Matcher#find} finds. */
class StartsTest {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)"
            + "(?:\\.\\d+)?(?![.,]\\d|\\d)");
    private static final Pattern MARKET = Pattern.compile("(?i)\\bmarkets?\\b");
    private static final Pattern RANGE = Pattern.compile("(?i)(?:FY|CY)?\\d{4}\\s*-\\s*\\d{2,4}");

    private static List<String> viaFind(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> viaStarts(Pattern pattern, String text, IntPredicate canStart) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (Starts.find(m, text, from, canStart)) {
            found.add(m.start() + ":" + m.group());
            from = m.end();
        }
        return found;
    }

    /** Texts built from the characters these patterns care about, so that near misses are common. */
    private static List<String> texts() {
        String[] pieces = {"1", "20", "2024", "-", ",", ".", " ", "a", "x", "market", "Markets", "supermarket", "FY",
            "cy", "_", "\u0663", "%", "(", "\u00e9"};
        Random random = new Random(12);
        List<String> texts = new ArrayList<>(List.of("", "market", "2024-2030", "FY2024-25 and 12,500.5 units",
                "x1 1,234 1.5. 3,45 (2024) supermarkets market, Markets"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void findsWhatFindFinds() {
        for (String text : texts()) {
            assertEquals(viaFind(NUMBER, text), viaStarts(NUMBER, text, i -> Starts.startsDigits(text, i)), text);
            assertEquals(viaFind(MARKET, text), viaStarts(MARKET, text,
                    i -> text.charAt(i) == 'm' || text.charAt(i) == 'M'), text);
            assertEquals(viaFind(RANGE, text), viaStarts(RANGE, text,
                    i -> Starts.isAsciiDigit(text.charAt(i)) || Starts.startsFiscalPrefix(text, i)), text);
        }
    }

    @Test
    void aPredicateThatRefusesEveryOffsetFindsNothing() {
        assertFalse(Starts.find(MARKET.matcher("the market"), "the market", 0, i -> false));
    }

    @Test
    void aNegativeStartFailsAsFindDoes() {
        assertThrows(IndexOutOfBoundsException.class, () -> Starts.find(MARKET.matcher("m"), "m", -1, i -> true));
    }
}
