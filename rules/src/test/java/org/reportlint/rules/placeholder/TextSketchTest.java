package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A sketch may only rule a literal out when the text does not hold it: every matcher must find with a sketch
 * exactly what it finds with one that knows nothing and so scans everything, as the matchers did before sketches.
 */
class TextSketchTest {
    private static final String ALPHABET = "aAbBxXNn$%_#?*[]{}<>,. \t\n\u00A0\u20AC\u00A3\u25CF\u2022\u00E9\u4E2D01"
            + "RsUSDEURCAGRTBDfromtobetweenandmillionof";

    @Test
    void everySubstringMayBeHeldAndAsciiCharactersAreExact() {
        Random random = new Random(3);
        for (int n = 0; n < 3_000; n++) {
            String text = randomText(random, 1 + random.nextInt(40));
            TextSketch sketch = TextSketch.of(text);
            for (int start = 0; start < text.length(); start++) {
                for (int end = start + 1; end <= Math.min(text.length(), start + 8); end++) {
                    String literal = text.substring(start, end);
                    assertTrue(sketch.mayHold(literal), () -> "\"" + literal + "\" in \"" + text + "\"");
                    assertTrue(sketch.contains(literal));
                }
            }
            for (char c = 0; c < 128; c++) {
                assertEquals(text.indexOf(c) >= 0, sketch.mayHold(c), "'" + c + "' in \"" + text + "\"");
                assertEquals(text.indexOf(c) >= 0, sketch.contains(c));
            }
            String other = randomText(random, 1 + random.nextInt(4));
            assertEquals(text.contains(other), sketch.contains(other), () -> "\"" + other + "\" in \"" + text + "\"");
        }
    }

    @Test
    void matchersFindWithASketchWhatTheyFindScanningEverything() {
        List<PlaceholderMatcher> matchers = List.of(new MaskedNumberMatcher(), new DummyEntityMatcher(),
                TemplateSyntaxMatcher.forText(), TemplateSyntaxMatcher.forAttributes(), new BracketedSlotMatcher(),
                new EmptySlotMatcher(), new BareSlotMatcher(), new FillerMatcher(Set.of()));
        Random random = new Random(21);
        int compared = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = AnchoredSearchTest.randomText(random);
            for (PlaceholderMatcher matcher : matchers) {
                List<TextMatch> scanningEverything = new ArrayList<>();
                matcher.find(TextSketch.knowingNothing(text), scanningEverything);
                List<TextMatch> sketched = new ArrayList<>();
                matcher.find(TextSketch.of(text), sketched);
                assertEquals(scanningEverything, sketched, () -> "in \"" + text + "\"");
                compared += sketched.size();
            }
        }
        assertTrue(compared > 20_000, "only " + compared + " matches compared");
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
