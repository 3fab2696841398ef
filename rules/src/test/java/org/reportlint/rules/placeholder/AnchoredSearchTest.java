package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The matchers try their patterns only where their anchor scans point; run at every position instead, as
 * {@link java.util.regex.Matcher#find()} does, they must find exactly the same. The texts are random mixes of the
 * pieces the patterns are made of (currencies, masks, magnitudes, leads, brackets, odd spacing and casing), so a
 * scan that misses a start shows up as a missing match.
 */
class AnchoredSearchTest {
    private static final List<String> PIECES = List.of(
            "$", "US$", "HK$", "USD", "EUR", "Rs.", "Rs", "INR", "\u20AC", "\u00A3", "\u00A5", "\u20B9",
            "x", "xx", "XX", "X", "X.X", "xx.x", "xxx,xxx", "***", "*", "**", "*****", "__", "___", "##", "#",
            "??", "?", "N", "NN", "N.N", "[\u25CF]", "[ \u2022 ]", "[__]", "[...]",
            "2023", "20XX", "19xx", "202X", "20__", "FY", "FY20XX", "12", "5", "1", "29",
            "million", "Million", "MILLION", "billion", "Billion", "bn", "Bn", "mn", "thousand", "crore", "lakh",
            "units", "tons", "users", "MW", "kg", "%", "percent", "per cent",
            "of", "Of", "at", "to", "from", "From", "fRoM", "between", "BETWEEN", "and", "reach", "reached", "about",
            "around", "approximately", "nearly", "over", "worth", "totalled", "exceeding", "roughly",
            "CAGR", "rate", "share", "growth", "value", "size", "revenues", "valuation", "sales", "volume",
            "valued", "estimated", "priced", "pegged", "stood", "during", "through", "until", "in", "by", "for",
            "the", "The", "a", "An", "its", "their", "In", "By", "Since", "Through", "As of", "During",
            "segment", "market", "company", "Company", "Player", "Vendor", "Technology", "Product", "Region",
            "A", "B", "C", "I", "Z", "YY", "XXX", "XXXX", "A+", "B&Q", "A.", "John", "Doe", "Jane", "XYZ", "ABC",
            "Corp", "Corporation", "Inc.", "Ltd", "Acme", "TBD", "TBA", "TODO", "FIXME", "TKTK", "lorem", "Lorem",
            "ipsum", "dolor", "sit", "amet", "rated", "stars",
            "{{", "}}", "{{ name }}", "{%", "%}", "{#", "#}", "${", "${var}", "}", "{", "<%", "<%=", "%>", "[[", "]]",
            "[", "]", "<", ">", "<<", ">>", "[Insert company]", "[COMPANY_NAME]", "{MARKET_SIZE}", "%REPORT_YEAR%",
            "%s", "%d", "%2$s", "%.1f", "{0}", "{name}", "name", "Name", "Market Name", "market_size", "Gen-",
            "Super Bowl", "Model", "OS");
    private static final List<String> GLUE = List.of(" ", " ", " ", "", "  ", "   ", "\t", ",", ", ", " ,", ".",
            ". ", ";", ":", " - ", "-", "(", ")", "\n", "\u00A0", "_", "'");

    private static final Searcher EVERY_POSITION = new Searcher(Work.NONE, true);

    private static final List<Function<Searcher, PlaceholderMatcher>> MATCHERS = List.of(
            MaskedNumberMatcher::new, DummyEntityMatcher::new, TemplateSyntaxMatcher::forText,
            TemplateSyntaxMatcher::forAttributes, BracketedSlotMatcher::new, EmptySlotMatcher::new,
            BareSlotMatcher::new, searcher -> new FillerMatcher(() -> Set.of(), searcher));

    @Test
    void anchoredSearchFindsWhatEveryPositionFinds() {
        Random random = new Random(12);
        int compared = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            for (Function<Searcher, PlaceholderMatcher> matcher : MATCHERS) {
                List<TextMatch> expected = run(matcher.apply(EVERY_POSITION), text);
                assertEquals(expected, run(matcher.apply(Searcher.ANCHORED), text), () -> "in \"" + text + "\"");
                compared += expected.size();
            }
        }
        // The texts must exercise the patterns, or the comparison shows nothing.
        assertEquals(true, compared > 20_000, "only " + compared + " matches compared");
    }

    @Test
    void mixedCaseAndEdgesAreFoundAsBefore() {
        for (String text : List.of("fRoM to 2030", "$xx", "xx%", "USD XX", "a CAGR of % from to 2030", "In , the",
                "the  segment", "Company A", " 1", "approximately  %", "20XX", "FY 20xx", "***** million", "## million",
                "{{x}}", "%s", "[\u25CF] million", "valued at USD billion in")) {
            for (Function<Searcher, PlaceholderMatcher> matcher : MATCHERS) {
                assertEquals(run(matcher.apply(EVERY_POSITION), text), run(matcher.apply(Searcher.ANCHORED), text),
                        () -> "in \"" + text + "\"");
            }
        }
    }

    private static List<TextMatch> run(PlaceholderMatcher matcher, String text) {
        List<TextMatch> found = new ArrayList<>();
        matcher.find(text, found);
        return found;
    }

    static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 2 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            if (i > 0) {
                text.append(GLUE.get(random.nextInt(GLUE.size())));
            }
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
