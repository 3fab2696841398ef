package org.reportlint.rules.regionmembership;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
