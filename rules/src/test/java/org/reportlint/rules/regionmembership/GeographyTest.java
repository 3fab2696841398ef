package org.reportlint.rules.regionmembership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeographyTest {
    private final Geography geography = Geography.shipped();

    /** M49's sub-regions of each region, and intermediate regions of each sub-region. */
    private static final Map<String, Set<String>> SUB_REGIONS = Map.of(
            "Africa", Set.of("Northern Africa", "Sub-Saharan Africa"),
            "Americas", Set.of("Latin America and the Caribbean", "Northern America"),
            "Asia", Set.of("Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"),
            "Europe", Set.of("Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"),
            "Oceania", Set.of("Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"),
            "Antarctica", Set.of("-"));
    private static final Map<String, Set<String>> INTERMEDIATE = Map.of(
            "Sub-Saharan Africa", Set.of("Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"),
            "Latin America and the Caribbean", Set.of("Caribbean", "Central America", "South America"),
            "Northern Europe", Set.of("Channel Islands", "-"));

    @Test
    void holdsEveryM49CountryOnceInAConsistentArea() {
        List<Country> countries = geography.countries();
        assertTrue(countries.size() >= 249, "M49 lists 249 countries and areas, got " + countries.size());
        assertEquals(countries.size(), countries.stream().map(Country::name).distinct().count(), "duplicate names");
        for (Country country : countries) {
            assertTrue(SUB_REGIONS.containsKey(country.region()), country + ": unknown region");
            assertTrue(SUB_REGIONS.get(country.region()).contains(country.subRegion()), country + ": sub-region");
            assertTrue(INTERMEDIATE.getOrDefault(country.subRegion(), Set.of("-"))
                    .contains(country.intermediateRegion()), country + ": intermediate region");
            assertEquals(country, geography.country(country.name()).orElseThrow(), "own name of " + country);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "US=United States", "U.S.=United States", "USA=United States", "the U.S.A.=United States",
        "UK=United Kingdom", "U.K.=United Kingdom", "Great Britain=United Kingdom",
        "Korea=South Korea", "South Korea=South Korea", "Republic of Korea=South Korea", "Korea, Republic of=South Korea",
        "Korea Republic=South Korea", "UAE=United Arab Emirates", "Russia=Russia", "Russian Federation=Russia",
        "Turkey=Türkiye", "Türkiye=Türkiye", "Turkiye=Türkiye", "Czechia=Czechia", "Czech Republic=Czechia",
        "Vietnam=Vietnam", "Viet Nam=Vietnam", "Côte d'Ivoire=Côte d'Ivoire", "Ivory Coast=Côte d'Ivoire",
        "Guinea Bissau=Guinea-Bissau", "Timor Leste=Timor-Leste", "The Netherlands=Netherlands",
        "Holland=Netherlands", "China Taiwan=Taiwan", "Hong Kong, China=Hong Kong", "DR Congo=Democratic Republic of the Congo",
        "Bosnia & Herzegovina=Bosnia and Herzegovina", "KSA=Saudi Arabia", "Burma=Myanmar", "Swaziland=Eswatini"})
    void resolvesAliases(String alias, String country) {
        assertEquals(country, geography.country(alias).orElseThrow(() -> new AssertionError(alias)).name());
    }

    @Test
    void everyCountryButAntarcticaHasAHomeGrouping() {
        Set<String> homeless = geography.countries().stream()
                .filter(c -> geography.groupings().stream().noneMatch(g -> g.home() && g.accepts(c)))
                .map(Country::name).collect(Collectors.toSet());
        assertEquals(Set.of("Antarctica"), homeless);
    }

    @ParameterizedTest
    @CsvSource({
        "Mexico, North America", "Mexico, Latin America", "Russia, Europe", "Russia, Asia Pacific", "Türkiye, Europe",
        "Türkiye, Middle East & Africa", "Egypt, Middle East & Africa", "Egypt, Middle East", "Israel, Middle East & Africa",
        "Georgia, North America", "Georgia, Europe", "Japan, Asia Pacific", "Australia, Asia Pacific",
        "Iran, Middle East & Africa", "Brazil, South America", "Panama, South America", "Cyprus, European Union"})
    void acceptsBorderCountriesUnderBothGroupings(String country, String grouping) {
        assertTrue(geography.grouping(grouping).orElseThrow().accepts(geography.country(country).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource({
        "Korea, Middle East & Africa", "Japan, Europe", "Brazil, North America", "Germany, Asia Pacific",
        "Saudi Arabia, Asia Pacific", "Norway, European Union", "Canada, Latin America", "Egypt, Europe",
        "Ghana, GCC", "Pakistan, ASEAN"})
    void refusesCountriesOutsideAGrouping(String country, String grouping) {
        assertFalse(geography.grouping(grouping).orElseThrow().accepts(geography.country(country).orElseThrow()));
    }

    @Test
    void politicalGroupingsHaveTheirMembers() {
        // The 27 members, and the United Kingdom, which reports written before 2020 count in.
        assertEquals(28, geography.grouping("EU").orElseThrow().members().size());
        assertEquals(6, geography.grouping("GCC").orElseThrow().members().size());
        assertEquals(11, geography.grouping("ASEAN").orElseThrow().members().size());
        assertEquals(Set.of("Belgium", "Netherlands", "Luxembourg"), geography.grouping("Benelux").orElseThrow().members());
        assertTrue(geography.grouping("Rest of the World").orElseThrow().anyCountry());
    }

    @ParameterizedTest
    @CsvSource({"Korea, Asia Pacific", "Russia, Europe", "Mexico, North America", "Türkiye, Middle East & Africa",
        "Georgia, Middle East & Africa", "Chile, Latin America", "Antarctica, Antarctica"})
    void namesWhereAMisplacedCountryIsByItsM49Area(String country, String where) {
        assertEquals(where, geography.whereIs(geography.country(country).orElseThrow()));
    }

    @Test
    void refusesANameForTwoPlacesAndAnUnknownMember() {
        List<String[]> countries = DataFile.parse(List.of("# c", "Chad\tAfrica\tSub-Saharan Africa\tMiddle Africa\t",
                "Niger\tAfrica\tSub-Saharan Africa\tWestern Africa\tChad"));
        assertThrows(IllegalArgumentException.class, () -> Geography.of(countries, List.of()));
        List<String[]> one = DataFile.parse(List.of("Chad\tAfrica\tSub-Saharan Africa\tMiddle Africa\t"));
        assertThrows(IllegalArgumentException.class,
                () -> Geography.of(one, DataFile.parse(List.of("Sahel\tSahel\tChad, Mali"))));
        assertEquals(Set.of("Chad"), Geography.of(one, DataFile.parse(List.of("Middle\tCentral Africa\tMiddle Africa")))
                .grouping("Central Africa").orElseThrow().members());
    }
}
