package org.reportlint.rules.generatorleftover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportlint.rules.text.PlainSpaces;

/**
 * The finder tries each pattern only where a match may start, on a block whose needles it has: it must find what
 * the simple way finds, each candidate form's pattern searched over the whole text with plain spaces.
 */
class LeftoverFinderTest {
    private static final List<LeftoverForm> FORMS = LeftoverForms.builtIn();
    private static final LeftoverFinder FINDER = new LeftoverFinder(FORMS);
    private static final List<String> PHRASES = phrases();
    private static final String[] GLUE = {" ", "  ", ". ", "! ", ", ", ": ", "\n", ".\u201D ", "\u00A0", "\u2002",
        "-", "", "x", "9", "_", "'", "\u2019", "[", "]", "(", ")", "\"", "\u201C", "\u00E9", "\u017F", "\u0131",
        "\u212A", "\u00C9t\u00E9 ", "\uD83D\uDE00", "\t", ";\u00A0\u00A0"};

    /** Words of the patterns, their needles and glue between them: texts dense with near and whole matches. */
    private static List<String> words() throws IOException {
        String list;
        try (InputStream in = LeftoverForms.class.getResourceAsStream(LeftoverForms.RESOURCE)) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> words = new LinkedHashSet<>();
        for (String line : list.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher word = Pattern.compile("[A-Za-z'][a-z'-]*|\\d+|[\\[(]").matcher(line.strip().split("\\s+", 3)[2]);
            while (word.find()) {
                words.add(word.group());
            }
        }
        FORMS.forEach(form -> words.addAll(form.needles()));
        words.addAll(List.of("Certainly", "Here's", "I", "I'm", "1,200", "500", "2024", "the", "market", "grew"));
        return List.copyOf(words);
    }

    /** Whole leftovers and the ordinary prose that resembles them, from the grammar test. */
    private static List<String> phrases() {
        List<String> phrases = new ArrayList<>(GeneratorLeftoverGrammarTest.ORDINARY);
        GeneratorLeftoverGrammarTest.OTHER_FORMS.forEach(form -> phrases.add(form[0]));
        for (String interjection : GeneratorLeftoverGrammarTest.INTERJECTIONS) {
            for (String punctuation : GeneratorLeftoverGrammarTest.PUNCTUATION) {
                for (String handOver : GeneratorLeftoverGrammarTest.HAND_OVERS) {
                    phrases.add(interjection + punctuation + " " + handOver + " the overview.");
                }
            }
        }
        return phrases;
    }

    /** Phrases and words, their spaces and apostrophes and letter case varied, glued in any order. */
    private static String randomText(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(5); k >= 0; k--) {
            String piece = random.nextBoolean() ? PHRASES.get(random.nextInt(PHRASES.size()))
                    : words.get(random.nextInt(words.size()));
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                int dice = random.nextInt(40);
                if (c == ' ' && dice < 6) {
                    text.append(GLUE[random.nextInt(GLUE.length)]);
                } else if (c == '\'' && dice < 10) {
                    text.append(dice < 5 ? '\u2019' : '\u2018');
                } else if (dice == 0) {
                    text.append(Character.toUpperCase(c));
                } else {
                    text.append(c);
                }
            }
            text.append(GLUE[random.nextInt(GLUE.length)]);
        }
        return random.nextInt(5) == 0 ? text.toString().toUpperCase() : text.toString();
    }

    private static String randomWords(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(14); k >= 0; k--) {
            String word = words.get(random.nextInt(words.size()));
            switch (random.nextInt(4)) {
                case 0 -> word = word.toUpperCase();
                case 1 -> word = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                default -> { }
            }
            text.append(word).append(random.nextInt(3) == 0 ? GLUE[random.nextInt(GLUE.length)] : " ");
        }
        return text.toString();
    }

    private static List<LeftoverMatch> everywhere(LeftoverForm form, String text) {
        List<LeftoverMatch> found = new ArrayList<>();
        LeftoverFinder.findEverywhere(form, text, found);
        return found;
    }

    /** The finder as it was: needles by substring search, then each candidate's pattern over the whole text. */
    private static List<LeftoverMatch> simply(String text) {
        String folded = LeftoverFinder.fold(text);
        String plain = PlainSpaces.of(text);
        List<LeftoverMatch> found = new ArrayList<>();
        for (LeftoverForm form : FORMS) {
            if (form.mayOccurIn(folded)) {
                found.addAll(everywhere(form, plain));
            }
        }
        found.sort(Comparator.comparingInt(LeftoverMatch::start)
                .thenComparing(Comparator.comparingInt(LeftoverMatch::end).reversed()));
        List<LeftoverMatch> kept = new ArrayList<>();
        int keptEnd = -1;
        for (LeftoverMatch match : found) {
            if (match.start() >= keptEnd) {
                kept.add(match);
                keptEnd = match.end();
            }
        }
        return kept;
    }

    @Test
    void eachPatternTriedAtItsStartsFindsWhatItFindsEverywhere() throws IOException {
        List<String> words = words();
        Random random = new Random(56);
        int matches = 0;
        for (int round = 0; round < 4_000; round++) {
            String text = (random.nextBoolean() ? randomText(random, words) : randomWords(random, words))
                    .replace("\uD83D\uDE00", "");
            for (LeftoverForm form : FORMS) {
                List<LeftoverMatch> expected = everywhere(form, text);
                List<LeftoverMatch> actual = new ArrayList<>();
                LeftoverFinder.findAtStarts(form, text, actual);
                assertEquals(expected, actual, form.regex() + " on \"" + text + "\"");
                matches += expected.size();
            }
        }
        assertTrue(matches > 1_000, "the texts hold matches: " + matches);
    }

    @Test
    void findsWhatTheSimpleWayFinds() throws IOException {
        List<String> words = words();
        Random random = new Random(78);
        int matches = 0;
        for (int round = 0; round < 4_000; round++) {
            String text = random.nextBoolean() ? randomText(random, words) : randomWords(random, words);
            List<LeftoverMatch> expected = simply(text);
            assertEquals(expected, FINDER.find(text), "on \"" + text + "\"");
            matches += expected.size();
        }
        for (String text : List.of("", "Sure! Here's", "Sure!\u00A0Here\u2019s \uD83D\uDE00 I hope this helps",
                "\uD83D\uDE00Sure! Here is", "x\nSure!  here are", "As an AI language model", "[insert source]")) {
            assertEquals(simply(text), FINDER.find(text), text);
        }
        assertTrue(matches > 500, "the texts hold matches: " + matches);
    }

    /**
     * Ignoring case, the engine takes a long s for an s and a dotted capital I for an i: a match can start with a
     * character that is not ASCII.
     */
    @Test
    void findsMatchesThatStartWithACharacterBeyondAscii() {
        for (String text : List.of("Done. \u017Fure! Here is the list.", "\u0130 hope this helps",
                "Also: \u0130 HOPE THIS HELPS", "x \u0130 apologi\u017Fe for the confusion")) {
            List<LeftoverMatch> expected = simply(text);
            assertEquals(1, expected.size(), text);
            assertEquals(expected, FINDER.find(text), text);
        }
    }

    @Test
    void needlesAreTheSameWithFixedWidthSpacesOrPlainOnes() throws IOException {
        List<String> words = words();
        Random random = new Random(90);
        NeedleIndex index = new NeedleIndex(FORMS);
        for (int round = 0; round < 2_000; round++) {
            String text = random.nextBoolean() ? randomText(random, words) : randomWords(random, words);
            assertEquals(java.util.Arrays.toString(index.candidates(PlainSpaces.of(text))),
                    java.util.Arrays.toString(index.candidates(text)), text);
        }
    }
}
