package org.reportlint.rules.generatorleftover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass needle index must say exactly what each form's own substring test says. */
class NeedleIndexTest {
    private static final List<LeftoverForm> FORMS = LeftoverForms.builtIn();
    private static final NeedleIndex INDEX = new NeedleIndex(FORMS);

    private static void assertAgrees(String text) {
        String folded = LeftoverFinder.fold(text);
        boolean[] candidates = INDEX.candidates(text);
        for (int f = 0; f < FORMS.size(); f++) {
            assertEquals(FORMS.get(f).mayOccurIn(folded), candidates[f],
                    "form " + f + " " + FORMS.get(f).needles() + " on \"" + folded + "\"");
        }
    }

    @Test
    void agreesWithEachFormOnWrittenTexts() {
        for (String text : List.of("", "here", "There, where it was, has an aim", "Sure!  HERE\u2019s",
                "As an\n\u00A0AI model", "xhere here", "[insert source] (Word count: 512)", "i'm sorry, i apologise",
                "my training data; the internet", "Feel free to ask. Would you like me to", "anything else?",
                "fabricated made-up not_real hypothetical", "languagemodel language model", "i", "h", "As  an \t AI",
                "I\u2019M SORRY", "x\u00A0\u00A0here", "  here  ", "\u2018i\u2019ve")) {
            assertAgrees(text);
        }
    }

    @Test
    void agreesWithEachFormOnRandomTextsMadeOfNeedles() {
        List<String> pieces = FORMS.stream().flatMap(form -> form.needles().stream()).toList();
        Random random = new Random(12);
        String[] glue = {" ", "", "x", "-", "\u00A0", "9", "[", "'", "\u2019", "\n  "};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                int cut = random.nextInt(piece.length() + 1);
                text.append(glue[random.nextInt(glue.length)])
                        .append(random.nextBoolean() ? piece : piece.substring(0, cut))
                        .append(glue[random.nextInt(glue.length)]);
            }
            assertAgrees(random.nextBoolean() ? text.toString() : text.toString().toUpperCase());
        }
    }

    /**
     * Texts of needle pieces and of characters the pair table must not misjudge: upper case, non-ASCII letters
     * whose lower or upper case is ASCII, every kind of space, apostrophes, surrogates, a text ending mid-needle.
     */
    @Test
    void agreesWithEachFormOnRandomTextsOfAwkwardCharacters() {
        List<String> pieces = FORMS.stream().flatMap(form -> form.needles().stream()).toList();
        String awkward = "aAiIsSkK \t\n\r\u000B\u00A0\u2002\u202F\u3000'\u2019\u2018-[(_9\u00E9\u00C9\u017F\u0131"
                + "\u0130\u212A\uD83D\uDE00\u00DF";
        Random random = new Random(34);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                if (random.nextInt(3) == 0) {
                    text.append(awkward.charAt(random.nextInt(awkward.length())));
                } else {
                    String piece = pieces.get(random.nextInt(pieces.size()));
                    text.append(piece, 0, 1 + random.nextInt(piece.length()));
                }
            }
            String written = text.toString();
            assertAgrees(random.nextBoolean() ? written : written.toUpperCase());
        }
    }

    /** Needles of one, two and more characters, with spaces and beyond ASCII: the prefix set must not misjudge. */
    @Test
    void agreesWithEachFormOnNeedlesOfAnyLength() {
        LeftoverForm model = FORMS.get(0);
        List<List<String>> needles = List.of(List.of("ab"), List.of("a", "abcd"), List.of("abce", "x y", "x\u00E9yt"),
                List.of("\u00E9t\u00E9", "ab c"), List.of("\u017Fa", "ab'd"), List.of("b  c", "bcde"));
        // With the one-character needle, and without: then the shortest has three.
        for (List<List<String>> set : List.of(needles, needles.subList(2, 6))) {
            List<LeftoverForm> forms = set.stream()
                    .map(n -> new LeftoverForm(model.kind(), n, model.written())).toList();
            NeedleIndex index = new NeedleIndex(forms);
            String alphabet = "abcdexy \u00A0\n'\u2019\u00E9\u00C9t\u017F-";
            Random random = new Random(56);
            for (int round = 0; round < 20_000; round++) {
                StringBuilder text = new StringBuilder();
                if (round < 100) {
                    // Each needle whole, then random ends and beginnings.
                    text.append(set.get(round % set.size()).get(0));
                }
                for (int k = random.nextInt(9); k >= 0; k--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (round >= 100 && round < 200) {
                    text.append(' ').append(set.get(round % set.size()).get(set.get(round % set.size()).size() - 1));
                }
                String folded = LeftoverFinder.fold(text.toString());
                boolean[] candidates = index.candidates(text.toString());
                for (int f = 0; f < forms.size(); f++) {
                    assertEquals(forms.get(f).mayOccurIn(folded), candidates[f],
                            forms.get(f).needles() + " on \"" + text + "\"");
                }
            }
        }
    }

    @Test
    void anEmptyNeedleOccursEverywhere() {
        LeftoverForm form = FORMS.get(0);
        NeedleIndex index = new NeedleIndex(List.of(new LeftoverForm(form.kind(), List.of(""), form.written())));
        assertEquals(true, index.candidates("")[0]);
        assertEquals(true, index.candidates("abc")[0]);
    }
}
