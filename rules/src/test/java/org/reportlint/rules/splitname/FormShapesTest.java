package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shape check may only rule out texts that the comparison by keys also finds to be no legal form. */
class FormShapesTest {
    private final LegalForms forms = LegalForms.load();
    /** Letters of the forms in both cases, blanks, punctuation the keys drop or keep, and non-ASCII look-alikes. */
    private static final String ALPHABET = "LtdCoPvIncGmbHSApKlrBVNyOEaexLTDCOINCGMBHsapkv .,;&/-\u00A0\u2009\u212A\u0130\u03A3";

    @Test
    void agreesWithTheComparisonByKeysOnFormsAndTheirVariants() {
        List<String> texts = new ArrayList<>(List.of("", " ", ",", ".", "Ltd.", "ltd", "LTD", "Co.,Ltd", "S.A", "SA",
                "Sa", "sa.", "S.p.A.", "spa", "AG", "Ag", "ag", "\u212Ag", "Kft", "\u212Aft.", "GmbH & Co. KG",
                "Sp. z o.o.", "Sp z oo", "a.s.", "A.S.", "Oy", "OY", "\u00A0Ltd.\u00A0", "Co. \u2009Ltd", "Limited",
                "LIMITED", "limited", "Saudi", "Acme Ltd.", "l.t.d", "L.L.C", "llc.", "S.A.B. de C.V", "sabdecv"));
        for (String text : texts) {
            assertEquals(forms.strengthByKeys(text), forms.strength(text), text);
        }
    }

    @Test
    void agreesWithTheComparisonByKeysOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(12);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 14);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String sample = text.toString();
            assertEquals(forms.strengthByKeys(sample), forms.strength(sample), sample);
        }
    }

    @Test
    void neverRulesOutAPrefixThatIsAForm() {
        SplittableRandom random = new SplittableRandom(34);
        String[] words = {"Ltd.,", "Co.", "Inc.", "S.A.", "AG", "Limited", "and", "Acme", "GmbH", "&", "KG;", "Pvt."};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 5); i > 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(i > 1 ? " " : "");
            }
            String entry = text.toString();
            for (int end = 0; end <= entry.length(); end++) {
                if (forms.strengthByKeys(entry.substring(0, end)) != LegalForms.Strength.NONE) {
                    assertTrue(forms.mayBeLegalForm(entry, 0, end), entry.substring(0, end));
                }
            }
        }
    }
}
