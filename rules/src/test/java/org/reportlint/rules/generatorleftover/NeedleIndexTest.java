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

    @Test
    void anEmptyNeedleOccursEverywhere() {
        LeftoverForm form = FORMS.get(0);
        NeedleIndex index = new NeedleIndex(List.of(new LeftoverForm(form.kind(), List.of(""), form.regex())));
        assertEquals(true, index.candidates("")[0]);
        assertEquals(true, index.candidates("abc")[0]);
    }
}
