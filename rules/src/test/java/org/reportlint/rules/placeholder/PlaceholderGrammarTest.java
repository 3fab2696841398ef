package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.RuleFixtures;

/**
 * The forms of the defect class, generated from a small grammar (currency x mask x magnitude, slot word x bracket,
 * emptied value x sentence frame), each run through the whole rule: one finding with exactly the flagged text and
 * message. The near misses are combined the same way and must give no finding.
 */
class PlaceholderGrammarTest {
    private static final List<String> CURRENCIES = List.of("$", "US$", "USD ", "EUR ", "\u20AC", "\u00A3", "Rs. ");
    private static final List<String> MASKS = List.of("XX", "xx", "xxx", "Xx", "XX.X", "xx.x", "X,XXX", "***",
            "__", "___", "###", "##.#", "??", "???", "[\u25CF]", "[\u2022]", "[___]");
    private static final List<String> MAGNITUDES = List.of("", " million", " billion", " Billion", " bn", " Mn");
    private static final List<String> PERCENT_MASKS = List.of("XX", "xx", "Xx", "x", "XX.X", "xx.x", "X.X", "N",
            "NN.N", "**", "__", "###", "??", "[\u25CF]");
    private static final List<String> FRAMES = List.of("The market was valued at %s in 2024.",
            "Revenue is expected to reach %s by 2032, up sharply.", "Sales, %s, came mostly from exports.");

    static Stream<Arguments> currencyMaskMagnitude() {
        List<Arguments> cases = new ArrayList<>();
        for (String currency : CURRENCIES) {
            for (String mask : MASKS) {
                for (String magnitude : MAGNITUDES) {
                    String figure = currency + mask + magnitude;
                    String frame = FRAMES.get(cases.size() % FRAMES.size());
                    cases.add(Arguments.of(String.format(frame, figure), figure,
                            "Placeholder \"" + figure + "\" left in text"));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> maskedPercent() {
        List<Arguments> cases = new ArrayList<>();
        for (String mask : PERCENT_MASKS) {
            for (String percent : List.of("%", " %")) {
                String figure = mask + percent;
                cases.add(Arguments.of("The segment held " + figure + " of revenue last year.", figure,
                        "Placeholder \"" + figure + "\" left in text"));
                cases.add(Arguments.of("It grows at a CAGR of " + figure + " over the period.", figure,
                        "Placeholder \"" + figure + "\" left in text"));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> bracketedSlots() {
        List<Arguments> cases = new ArrayList<>();
        List<String> names = List.of("Market Name", "market name", "MARKET NAME", "CAGR", "value", "Company",
                "company_name", "marketSize", "Base Year", "launch date", "Analyst Name", "Region", "forecast period", "Report Title");
        List<String[]> brackets = List.of(new String[] {"[", "]"}, new String[] {"{", "}"},
                new String[] {"<<", ">>"}, new String[] {"<", ">"}, new String[] {"[ ", " ]"});
        for (String name : names) {
            for (String[] bracket : brackets) {
                String slot = bracket[0] + name + bracket[1];
                cases.add(Arguments.of("This report on " + slot + " covers five regions.", slot,
                        "Unrendered template syntax \"" + slot + "\""));
            }
        }
        cases.add(Arguments.of("It was worth $[value] last year.", "$[value]",
                "Unrendered template syntax \"$[value]\""));
        cases.add(Arguments.of("It will reach USD [value] billion soon.", "USD [value] billion",
                "Unrendered template syntax \"USD [value] billion\""));
        cases.add(Arguments.of("Growth was [CAGR]% a year.", "[CAGR]%", "Unrendered template syntax \"[CAGR]%\""));
        cases.add(Arguments.of("Write to [insert value] today.", "[insert value]",
                "Unrendered template syntax \"[insert value]\""));
        return cases.stream();
    }

    static Stream<Arguments> emptiedSlots() {
        List<Arguments> cases = new ArrayList<>();
        for (String gap : List.of(" ", "  ")) {
            for (String magnitude : List.of("million", "billion", "Billion", "trillion", "bn")) {
                for (String lead : List.of("a value of", "valued at", "to reach", "worth about", "from")) {
                    String sentence = "The market had " + lead + gap + magnitude + " in 2023.";
                    String lastWord = lead.substring(lead.lastIndexOf(' ') + 1);
                    String flagged = lastWord + gap + magnitude;
                    cases.add(Arguments.of(sentence, flagged,
                            "Empty slot: \"" + lastWord + " " + magnitude + "\" has no number"));
                }
            }
            for (String noun : List.of("a CAGR", "a growth rate", "a share", "a market size", "revenue")) {
                for (String after : List.of("during", "over the", "from 2024", "between 2025", "in the",
                        "by 2030", "through", ",")) {
                    String flagged = "of" + gap + after;
                    cases.add(Arguments.of("It posted " + noun + " of" + gap + after + " the years ahead.",
                            flagged, "Empty slot: \"" + (after.equals(",") ? "of ," : "of " + after)
                                    + "\" has no number"));
                }
            }
            for (String lead : List.of("valued at", "estimated at", "priced at", "stood at")) {
                String flagged = "at" + gap + "in 2023";
                cases.add(Arguments.of("The market " + lead + gap + "in 2023 keeps growing.", flagged,
                        "Empty slot: \"at in 2023\" has no number"));
            }
            for (String preposition : List.of("In", "By", "Since", "As of", "in", "by")) {
                String flagged = preposition + gap + ",";
                cases.add(Arguments.of("Growth slowed. " + preposition + gap + ", the market rebounded.", flagged,
                        "Empty slot: \"" + preposition + " ,\" has no value"));
            }
            for (String currency : List.of("USD", "EUR", "$", "\u20AC")) {
                for (String lead : List.of("from", "totalled", "totaled", "reached", "accounted for", "recorded")) {
                    String flagged = currency + gap + "million";
                    String message = "Empty slot: \"" + currency + " million\" has no number";
                    cases.add(Arguments.of("Sales " + lead + " " + flagged + " in 2020.", flagged, message));
                }
            }
        }
        for (String noun : List.of("segment", "market", "region", "industry", "company", "category")) {
            for (String article : List.of("the", "The", "an", "its")) {
                String flagged = article + "  " + noun;
                cases.add(Arguments.of("By revenue, " + flagged + " led in 2024.", flagged,
                        "Empty slot: \"" + article + " " + noun + "\" has no name"));
            }
        }
        return cases.stream();
    }

    static Stream<String> nearMisses() {
        List<String> cases = new ArrayList<>();
        // Star ratings, in every position a star mask can take.
        for (String stars : List.of("*****", "****", "***", "\u2605\u2605\u2605\u2605\u2605", "\u2605\u2605\u2605")) {
            cases.add("The hotel is rated " + stars + " by guests.");
            cases.add("Rating: " + stars + " from 120 reviews.");
            cases.add("Service 5/5 " + stars + " would buy again.");
            cases.add("A " + stars + " experience overall.");
            cases.add("Reviewers gave it " + stars + " stars in 2023.");
        }
        // Letters, numerals and names that look like masks.
        for (String name : List.of("iPhone X", "Gen-X", "X-ray", "Windows XP", "XXL", "x86", "10x faster", "Xbox",
                "Super Bowl XX", "Type 2 diabetes", "Vitamin B", "Series A funding", "Plan B", "Model X",
                "Mac OS X", "Chapter XX", "World War II", "Louis XIV", "Formula 1", "PlayStation 5")) {
            cases.add("Sales of " + name + " rose 12% in 2024 to USD 3.1 billion.");
            cases.add("Former " + name + " users numbered 2 million.");
            cases.add(name + " units shipped: 40 million.");
        }
        for (String usersOf : List.of("former X users", "Gen-X users", "X users", "Gen X consumers")) {
            cases.add("About 40% of " + usersOf + " moved to other platforms.");
        }
        // Brackets that are prose: citations, insertions, links, comparisons, addresses.
        for (String bracketed : List.of("[1]", "[12]", "[citation needed]", "[sic]", "[the company]", "[...]",
                "[Europe]", "{Introduction}", "<5%", "<= 10", "< 5 million", "<name@example.com>", "[ ]",
                "[Company Name](https://example.com)", "[Market Name][1]", "[CAGR]: https://example.com",
                "&lt;5%", "[\u2026]", "{x}", "x^{2}", "[x]", "[full report]", "[Key Players]", "[the name]", "[his name]", "[Read more]",
                "{Market Dynamics}", "[Europe, 2023]")) {
            cases.add("As reported " + bracketed + " the market grew 5% in 2023.");
        }
        // Real figures and prose that uses the words a slot frame uses.
        cases.addAll(List.of(
                "The market was valued at USD 4.2 billion in 2023 and grew at a CAGR of 6.1% during 2024-2030.",
                "It grew at a CAGR of over 5% and a share of between 10% and 12% from 2024 to 2030.",
                "The rate of in vitro fertilisation rose; growth of in-house brands slowed.",
                "Billions of dollars flowed in, and the sums reached billions by 2030.",
                "A site in Thousand Oaks opened from Thousand Island Park.",
                "Market Size (USD Billion), in units of USD million, converted to USD million at 2023 rates.",
                "Values are expressed in USD billion; figures are shown in USD million.",
                "In 2023, the market grew. By then, the leaders had consolidated. In short, demand rose.",
                "The segment led; the market grew; an industry formed.",
                "The CAGR during the forecast period was 7.2%, and the value at the end of 2030 is USD 9 billion.",
                "Shipments reached 4.5 million units; the market is worth more than a billion dollars.",
                "The value of, say, exports rose; the rate of growth in the region was 3%.",
                "About 30% of buyers rated the product ***** in 2024.",
                "Growth of 14.6% was steady, up from 12.1% in 2022.",
                "A 4 x 4 grid, the X factor and the # of units sold: 1,200.",
                "## Market share by region",
                "Why?? Nobody knows; output grew 8% anyway.",
                "The NN model and N-type cells took 20% each.",
                "The firm switched its reporting from USD in 2023; the dirham is pegged to USD in 1997 terms.",
                "Its functional currency was USD in 2020 and is EUR by 2024.",
                "She joined the cast of Million Dollar Listing, worth watching."));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource({"currencyMaskMagnitude", "maskedPercent", "bracketedSlots", "emptiedSlots"})
    void flagsEachForm(String text, String flagged, String message) {
        List<Finding> findings = RuleFixtures.lint(new PlaceholderRule(), "form.txt", text);
        assertEquals(List.of(flagged + " | " + message), describe(text, findings), text);
    }

    @ParameterizedTest
    @MethodSource("nearMisses")
    void refusesEachNearMiss(String text) {
        assertEquals(List.of(), describe(text, RuleFixtures.lint(new PlaceholderRule(), "near.txt", text)), text);
    }

    private static List<String> describe(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.span().startOffset(), f.span().endOffset()) + " | "
                + f.message()).toList();
    }
}
