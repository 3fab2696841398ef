package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The last words of an entry, found from its end, must be the last words a whitespace split gives. */
class LastWordsTest {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Test
    void agreeWithTheSplitOfTheWholeText() {
        String alphabet = "ab.,C \t\n\u00A0\u2009\u000B";
        Random random = new Random(3);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stripped = text.toString().strip();
            List<String> words = Arrays.asList(WHITESPACE.split(stripped));
            for (int most = 1; most <= LegalForms.MAX_FORM_WORDS; most++) {
                List<String> expected = words.subList(Math.max(0, words.size() - most), words.size());
                assertEquals(expected, LegalForms.lastWords(stripped, most), "\"" + stripped + "\"");
            }
        }
    }
}
