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
        "e", "us", "South", "Korea", "rest", "of", "\u00e9", "e\u0301", "\u2019", "(", ")", "*", "1", ":", "\u2028",
        "they", "th", "h", "\u0001", "\u001c", "_", "\u2013"};

    private static String randomText(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void firstWordOfKeyIsTheFirstWordOfTheWholeKey() {
        Random random = new Random(12);
        for (int n = 0; n < 100_000; n++) {
            String written = randomText(random, 8);
            assertEquals(PlaceKey.firstWord(PlaceKey.of(written)), PlaceKey.firstWordOfKey(written), written);
        }
    }

    @Test
    void firstWordOfKeyReadInPlaceIsThatOfTheCopy() {
        Random random = new Random(13);
        for (int n = 0; n < 50_000; n++) {
            String before = randomText(random, 2);
            String written = randomText(random, 8);
            String around = before + written + randomText(random, 2);
            assertEquals(PlaceKey.firstWordOfKey(written),
                    PlaceKey.firstWordOfKey(around, before.length(), before.length() + written.length()), written);
        }
    }

    /** What {@code EntryReader.namesPlace} relies on to rule out a pair of entries before joining them. */
    @Test
    void twoTextsJoinedStartWithTheFirstOnesFirstWordUnlessItIsEmptyOrThe() {
        Random random = new Random(14);
        for (int n = 0; n < 100_000; n++) {
            String first = randomText(random, 5);
            String joined = first + " " + randomText(random, 5);
            String firstWord = PlaceKey.firstWordOfKey(first);
            if (!firstWord.isEmpty() && !firstWord.equals("the")) {
                assertEquals(firstWord, PlaceKey.firstWord(PlaceKey.of(joined)), joined);
            }
        }
    }
}
