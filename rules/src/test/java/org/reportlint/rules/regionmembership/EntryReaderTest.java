package org.reportlint.rules.regionmembership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;

class EntryReaderTest {
    private final EntryReader reader = new EntryReader(Geography.shipped());

    private Reading read(String text) {
        return reader.read(new Segment(TextBlock.verbatim(BlockKind.LIST_ITEM, text, 0), 0, text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Papua New Guinea", "Bosnia and Herzegovina", "Trinidad and Tobago", "Guinea-Bissau",
        "Timor-Leste", "Korea Republic", "South Africa", "United States", "New Zealand", "Saudi Arabia",
        "Hong Kong China", "Equatorial Guinea", "South Sudan", "Germany (24%)", "Japan: mature", "3. India",
        "The Philippines.", "U.S.A"})
    void readsAMultiWordNameOrANameWithARemarkAsOneCountry(String entry) {
        assertInstanceOf(Reading.CountryName.class, read(entry), entry);
    }

    @Test
    void readsCountryNamesWithOnlySpacesBetweenAsRunTogether() {
        assertEquals(List.of("Argentina", "South Korea"), countries(read("Argentina Korea")));
        assertEquals(List.of("Germany", "France"), countries(read("Germany France")));
        assertEquals(List.of("Papua New Guinea", "Fiji", "United States"), countries(read("Papua New Guinea Fiji US")));
        assertEquals(List.of("South Africa", "Niger"), countries(read("South Africa Niger")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"England Wales", "Germany, France", "Jordan Valves GmbH", "Chad Jordan, analyst",
        "New Guinea", "Saudi", "Bosnia Herzegovina", "Georgia Pumps", "North America Europe"})
    void doesNotReadOtherTextAsRunTogether(String entry) {
        assertEquals(false, read(entry) instanceof Reading.RunTogether, entry);
    }

    @Test
    void readsRegionsWithRestOfAndExclusions() {
        Reading.RegionName rest = assertInstanceOf(Reading.RegionName.class, read("Rest of Europe"));
        assertEquals("Europe", rest.grouping().name());
        assertEquals(true, rest.rest());
        Reading.RegionName world = assertInstanceOf(Reading.RegionName.class, read("Rest of the World"));
        assertEquals(true, world.grouping().anyCountry());
        Reading.RegionName apac = assertInstanceOf(Reading.RegionName.class, read("APAC (excl. Japan and China):"));
        assertEquals("Asia Pacific", apac.grouping().name());
        assertEquals(2, apac.excluded().size());
        assertEquals("Middle East & Africa",
                assertInstanceOf(Reading.RegionName.class, read("Middle-East and Africa Region")).grouping().name());
    }

    @Test
    void readsARegionFollowedByItsCountries() {
        Reading.LabelledList list = assertInstanceOf(Reading.LabelledList.class,
                read("Europe: Germany, Trinidad and Tobago, France and Italy, Rest of Europe"));
        assertEquals("Europe", list.label().text());
        assertEquals(List.of("Germany", "Trinidad and Tobago", "France", "Italy"),
                list.members().stream().map(m -> m.country().name()).toList());
        assertEquals("France", list.members().get(2).segment().text());
        assertInstanceOf(Reading.LabelledList.class, read("Nordics (Sweden, Norway)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe: strong demand from Germany and France", "Acme Korea Ltd.", "Jordan",
        "Revenue in Europe, Japan", "Saudi"})
    void leavesSentencesAndCompaniesAlone(String entry) {
        Reading reading = read(entry);
        assertEquals(false, reading instanceof Reading.LabelledList || reading instanceof Reading.CountryList
                || reading instanceof Reading.RunTogether, entry + " read as " + reading);
    }

    private static List<String> countries(Reading reading) {
        return assertInstanceOf(Reading.RunTogether.class, reading).countries().stream().map(Country::name).toList();
    }

    @Test
    void leadEndIsWhereTheLeadPatternEndsAtTheStart() {
        Pattern lead = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?|[a-zA-Z][.)]|\\(\\w{1,3}\\)"
                + "|[-*+>\u2022\u25aa\u25cf\u25e6\u2013\u2014])\\s+");
        String[] pieces = {"a", "B", "\u00e9", "Japan", "1", "12", "1234", ".", ")", "(", "ab", "-", "*", "\u2022",
            "\u2014", " ", "\t", "\u00a0", "\n", "_"};
        Random random = new Random(8);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            Matcher matcher = lead.matcher(written);
            String before = pieces[random.nextInt(pieces.length)];
            String around = before + written + pieces[random.nextInt(pieces.length)];
            int from = before.length();
            assertEquals(from + (matcher.lookingAt() ? matcher.end() : 0),
                    EntryReader.leadEnd(around, from, from + written.length()), written);
        }
    }

    @Test
    void trailStartIsWhereTheTrailingPunctuationPatternFindsIt() {
        Pattern trail = Pattern.compile("[\\s.,;:!?\u00a0]+$");
        String[] pieces = {"a", "Japan", " ", ".", ",", ";", ":", "!", "?", "\u00a0", "\n", "\r", "\t", "\u0085",
            "\u2028", "\u2029", "-", ")"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(7);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            Matcher matcher = trail.matcher(written);
            // Read in place, inside a longer text, as entries are read in their block's text.
            String before = pieces[random.nextInt(pieces.length)];
            String around = before + written + pieces[random.nextInt(pieces.length)];
            int from = before.length();
            assertEquals(from + (matcher.find() ? matcher.start() : written.length()),
                    EntryReader.trailStart(around, from, from + written.length()), written);
        }
    }
}
