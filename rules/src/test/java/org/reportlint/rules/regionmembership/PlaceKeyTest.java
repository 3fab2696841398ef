package org.reportlint.rules.regionmembership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "U.S.=us", "the US=us", "The U.S.A.=usa", "Türkiye=turkiye", "Côte d’Ivoire=cote divoire",
        "Asia-Pacific=asia pacific", "Asia/Pacific=asia pacific", "Middle East & Africa=middle east and africa",
        "Middle East&Africa=middle east and africa", "'  Korea,  Republic of '=korea republic of",
        "São Tomé and Príncipe=sao tome and principe", "Hong Kong (China)=hong kong china",
        "'Rest\u00a0of\tEurope'=rest of europe", "Theland=theland", "**Europe**=europe", "& Others=and others"})
    void foldsSpellingsOfOneName(String text, String key) {
        assertEquals(key, PlaceKey.of(text));
    }

    /** Characters that exercise every branch of the key: articles, dropped and spaced punctuation, accents, '&'. */
    private static final String[] PIECES = {"the", "The", "THE", " ", "  ", "\t", "\u00a0", "&", ".", "'", "-", "/",
        "e", "us", "South", "Korea", "rest", "of", "\u00e9", "e\u0301", "\u2019", "(", ")", "*", "1", ":", "\u2028"};

    @Test
    void firstWordOfKeyIsTheFirstWordOfTheWholeKey() {
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(9);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String written = text.toString();
            assertEquals(PlaceKey.firstWord(PlaceKey.of(written)), PlaceKey.firstWordOfKey(written), written);
        }
    }
}
