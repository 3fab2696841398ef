package org.reportlint.rules.generatorleftover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.RuleFixtures;

/**
 * Leftovers generated from the forms of the defect class (opener by punctuation by hand-over phrase, the
 * assistant's self-references, closers, notes on invented figures, instructions), each in several casings and
 * apostrophes, at several places of an HTML, Markdown and plain-text document; then the same words quoted, and
 * ordinary prose that shares their words, none of which may be flagged.
 */
class GeneratorLeftoverGrammarTest {
    private static final GeneratorLeftoverRule RULE = new GeneratorLeftoverRule();

    static final List<String> INTERJECTIONS = List.of("Certainly", "Sure", "Of course", "Absolutely",
            "Great question");
    static final List<String> PUNCTUATION = List.of("!", ",", ".", " \u2014", ":");
    static final List<String> HAND_OVERS = List.of("here is", "here's", "here\u2019s", "here are",
            "below is", "below are", "I've drafted", "I\u2019d be happy to", "I can help");
    private static final List<UnaryOperator<String>> CASINGS = List.of(UnaryOperator.identity(),
            text -> text.toUpperCase(Locale.ROOT), text -> text.toLowerCase(Locale.ROOT));

    /** Self-references, closers, notes and instructions: the whole text, then the part that is flagged. */
    static final List<String[]> OTHER_FORMS = List.of(
            new String[] {"As an AI language model, I cannot confirm this.", "As an AI language model"},
            new String[] {"As a large language model, I rely on older sources.", "As a large language model"},
            new String[] {"As an AI assistant, I have no sales records.", "As an AI assistant"},
            new String[] {"I'm an AI language model and cannot call suppliers.", "I'm an AI language model"},
            new String[] {"I am just an AI, so treat these shares with care.", "I am just an AI"},
            new String[] {"This covers the period up to my knowledge cut-off.", "up to my knowledge cut-off"},
            new String[] {"As of my latest training update, prices were falling.", "As of my latest training update"},
            new String[] {"I can't access the web to check 2025 orders.", "I can't access the web"},
            new String[] {"I do not have real-time market data for this region.", "I do not have real-time market data"},
            new String[] {"I hope this summary is useful for your team.", "I hope this summary is useful"},
            new String[] {"I hope that helps with the planning.", "I hope that helps"},
            new String[] {"Please let me know whether you want a regional split.", "let me know whether you"},
            new String[] {"Do you want me to add a table of prices?", "Do you want me to"},
            new String[] {"Feel free to let me know about other changes.", "Feel free to let me know"},
            new String[] {"Is there anything else I can add?", "Is there anything else I can"},
            new String[] {"Disclaimer: all figures provided are fictional.", "Disclaimer: all figures provided are fictional"},
            new String[] {"The market sizes used in this article are made up.", "The market sizes used in this article are made up"},
            new String[] {"This data is not based on verified sources.", "This data is not based on verified"},
            new String[] {"It uses fabricated revenue figures for two vendors.", "fabricated revenue figures"},
            new String[] {"Take a hypothetical 2024 market size of USD 2 billion.", "hypothetical 2024 market size"},
            new String[] {"A fictional global value of 3 million units is used.", "fictional global value"},
            new String[] {"Substitute the estimates above with real-world numbers.", "Substitute the estimates above with real-world"},
            new String[] {"Growth in Brazil [elaborate on the drivers] is steady.", "[elaborate on the drivers]"},
            new String[] {"Vendor shares [INSERT TABLE] follow.", "[INSERT TABLE]"},
            new String[] {"Sales rose sharply (add source) last year.", "(add source)"},
            new String[] {"[Word count: 1,050]", "[Word count: 1,050]"},
            new String[] {"Word count: 740 words", "Word count: 740 words"},
            new String[] {"Here is a 750-word report on the widget market.", "Here is a 750-word report"},
            new String[] {"Here's an SEO-friendly article about pumps.", "Here's an SEO-friendly article"},
            new String[] {"As requested, here are the top vendors.", "As requested, here are"},
            new String[] {"Of course! Below you'll find the vendor list.", "Of course! Below you'll find"},
            new String[] {"As per your request, below is the summary.", "As per your request, below is"},
            new String[] {"Here is the revised version of your text with new figures.",
                "Here is the revised version of your text"},
            new String[] {"I am a large language model trained on public text.", "I am a large language model"},
            new String[] {"Prices reflect my latest knowledge update.", "my latest knowledge update"},
            new String[] {"These shares are based on my training data.", "based on my training data"},
            new String[] {"I don't have the ability to check filings.", "I don't have the ability"},
            new String[] {"Feel free to ask me for a longer version.", "Feel free to ask me"},
            new String[] {"Shall I expand the outlook section?", "Shall I expand"},
            new String[] {"I'd be happy to help further with the forecast.", "I'd be happy to help further"},
            new String[] {"Vendor revenues were assumed based on industry knowledge.",
                "assumed based on industry knowledge"},
            new String[] {"Assistant said: the pump market grew.", "Assistant said:"},
            new String[] {"I hope you find this market summary useful.", "I hope you find this market summary useful"},
            new String[] {"I don't have personal opinions on vendor quality.", "I don't have personal opinions"},
            new String[] {"My training data only goes up to 2023.", "My training data only goes up to"},
            new String[] {"I recommend checking the latest filings for exact shares.",
                "I recommend checking the latest"},
            new String[] {"I apologize for the confusion about the base year.", "I apologize for the confusion"},
            new String[] {"I'm sorry, but I can't give vendor revenues.", "I'm sorry, but I can't"});

    /** Whole leftover sentences, to be quoted. */
    private static final List<String> LEFTOVERS_IN_QUOTES = Stream.concat(OTHER_FORMS.stream().map(form -> form[0]),
            Stream.of("Sure, here's the overview.", "Certainly! Here is the table.", "Of course. Below are the notes."))
            .toList();

    /** How a leftover is quoted when it is an example in an article about writing assistants. */
    private static final List<UnaryOperator<String>> QUOTINGS = List.of(
            text -> "A reviewer flagged \"" + text + "\" in the draft.",
            text -> "A reviewer flagged \u201C" + text + "\u201D in the draft.",
            text -> "A reviewer flagged \u2018" + text + "\u2019 in the draft.",
            text -> "A reviewer flagged '" + text + "' in the draft.",
            text -> "A reviewer flagged \u00AB" + text + "\u00BB in the draft.");

    /** Prose that shares words with a leftover and is the publisher's own. */
    static final List<String> ORDINARY = List.of(
            "Here is how the market grew between 2019 and 2024.",
            "Here are the five largest vendors by revenue.",
            "Below is a table of prices by region.",
            "Certainly, the market grew faster than expected.",
            "Sure enough, margins fell in the second half.",
            "Of course, tariffs changed the picture for importers.",
            "Absolutely no region saw a decline in 2023.",
            "Great Britain and Ireland are reported together.",
            "We hope this report helps buyers plan ahead.",
            "Our analysts hope this helps investors compare vendors.",
            "Feel free to contact our sales team for a sample.",
            "Feel free to ask our analysts for a custom edition.",
            "Let us know if you need the data by country.",
            "The AI chip market will reach USD 90 billion by 2030.",
            "As an AI chip maker, the company invests heavily in design tools.",
            "I am an AI researcher at a university lab, one interviewee said of her work.",
            "Generative AI and AI-powered analytics are growing segments.",
            "Large language model training drives GPU demand.",
            "The scenario is hypothetical: it assumes a sharp rate cut.",
            "In a hypothetical market with two firms, prices settle above cost.",
            "A hypothetical scenario of a rate cut lifts demand by 2027.",
            "Exact sales figures for the segment are not publicly available.",
            "Prices are assumed to stay flat in the base case.",
            "Charts in the sample are for illustrative purposes only.",
            "The figures are estimates based on interviews with distributors.",
            "Market sizes were estimated based on industry knowledge and expert interviews.",
            "Insert molding (insert moulding) is counted under injection molding.",
            "[Source: national statistics office]",
            "See the references [1] and [2] for the method.",
            "Would you like to receive our newsletter? Subscribe below.",
            "Readers should verify the data with official sources before investing.",
            "The word count of the regulation is long: 40,000 words.",
            "In my last update to this page, I added 2024 shipments.",
            "The training data market is covered in a separate report.",
            "We hope you find this report useful.",
            "We apologize for the inconvenience caused by the site upgrade.",
            "Analysts recommend checking the latest filings before investing.");

    static Stream<Arguments> openers() {
        List<Arguments> cases = new ArrayList<>();
        int n = 0;
        for (String interjection : INTERJECTIONS) {
            for (String punctuation : PUNCTUATION) {
                for (String handOver : HAND_OVERS) {
                    for (UnaryOperator<String> casing : CASINGS) {
                        String leftover = casing.apply(interjection + punctuation + " " + handOver);
                        Place place = Place.values()[n++ % Place.values().length];
                        cases.add(Arguments.of(place, leftover + " the overview of the market.", leftover));
                    }
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> otherForms() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] form : OTHER_FORMS) {
            for (Place place : Place.values()) {
                cases.add(Arguments.of(place, form[0], form[1]));
            }
            String curly = form[0].replace('\'', '\u2019');
            cases.add(Arguments.of(Place.FIRST_PARAGRAPH, curly, form[1].replace('\'', '\u2019')));
        }
        return cases.stream();
    }

    static Stream<Arguments> quoted() {
        List<Arguments> cases = new ArrayList<>();
        int n = 0;
        for (String leftover : LEFTOVERS_IN_QUOTES) {
            for (UnaryOperator<String> quoting : QUOTINGS) {
                Place place = Place.values()[n++ % Place.values().length];
                cases.add(Arguments.of(place, quoting.apply(leftover)));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> inQuotingMarkup() {
        List<Arguments> cases = new ArrayList<>();
        for (String leftover : LEFTOVERS_IN_QUOTES) {
            for (Quoting quoting : Quoting.values()) {
                cases.add(Arguments.of(quoting, leftover));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> introducedAsExamples() {
        List<Arguments> cases = new ArrayList<>();
        List<String> cues = List.of("Stock phrases such as ", "Drafts full of lines like ", "The giveaway phrase: ",
                "Typical openers, e.g. ");
        int n = 0;
        for (String[] form : OTHER_FORMS) {
            // Only sentences that start with the leftover read as an example of it after a cue.
            if (form[0].startsWith(form[1])) {
                cases.add(Arguments.of(Place.values()[n % Place.values().length], cues.get(n++ % cues.size())
                        + form[0]));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> ordinary() {
        List<Arguments> cases = new ArrayList<>();
        for (String prose : ORDINARY) {
            for (Place place : List.of(Place.FIRST_PARAGRAPH, Place.MIDDLE_OF_PARAGRAPH, Place.TEXT_LINE,
                    Place.MARKDOWN_LIST_ITEM)) {
                cases.add(Arguments.of(place, prose));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("openers")
    void openerIsFlagged(Place place, String sentence, String flagged) {
        assertOneFinding(place, sentence, flagged, "Assistant reply opener");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("otherForms")
    void otherFormIsFlagged(Place place, String sentence, String flagged) {
        assertOneFinding(place, sentence, flagged, null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("quoted")
    void quotedLeftoverIsNotFlagged(Place place, String sentence) {
        assertEquals(List.of(), messages(place, sentence));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("inQuotingMarkup")
    void leftoverInQuotingMarkupIsNotFlagged(Quoting quoting, String sentence) {
        assertEquals(List.of(), RuleFixtures.lint(RULE, quoting.fileName(), quoting.document(sentence)).stream()
                .map(Finding::message).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("introducedAsExamples")
    void leftoverIntroducedAsAnExampleIsNotFlagged(Place place, String sentence) {
        assertEquals(List.of(), messages(place, sentence));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("ordinary")
    void ordinaryProseIsNotFlagged(Place place, String sentence) {
        assertEquals(List.of(), messages(place, sentence));
    }

    private static void assertOneFinding(Place place, String sentence, String flagged, String label) {
        String document = place.document(sentence);
        List<Finding> findings = RuleFixtures.lint(RULE, place.fileName(), document);
        List<String> seen = findings.stream()
                .map(f -> document.substring(f.span().startOffset(), f.span().endOffset()) + " | " + f.message())
                .toList();
        assertEquals(1, findings.size(), document + "\n" + seen);
        Finding finding = findings.get(0);
        assertEquals(flagged, document.substring(finding.span().startOffset(), finding.span().endOffset()),
                document);
        if (label != null) {
            assertEquals(label + " \"" + flagged + "\" left in the report", finding.message());
        }
    }

    private static List<String> messages(Place place, String sentence) {
        return RuleFixtures.lint(RULE, place.fileName(), place.document(sentence)).stream()
                .map(Finding::message).toList();
    }

    /** Where in which kind of document a generated sentence is put. */
    enum Place {
        FIRST_PARAGRAPH("a.html", "<html><head><title>Pump Market</title></head><body>\n<p>%s</p>\n"
                + "<p>The pump market grew 4%% in 2024.</p>\n</body></html>"),
        MIDDLE_OF_PARAGRAPH("a.html", "<h1>Pump Market</h1>\n<p>The pump market grew 4%% in 2024. %s "
                + "Demand held up in 2025.</p>"),
        LAST_LIST_ITEM("a.html", "<h2>Findings</h2>\n<ul><li>Demand rose.</li>\n<li>%s</li></ul>"),
        TABLE_CELL("a.html", "<table><tr><th>Note</th></tr>\n<tr><td>%s</td></tr></table>"),
        MARKDOWN_PARAGRAPH("a.md", "# Pump Market\n\nThe pump market grew 4%% in 2024.\n%s\n\n## Outlook\n"),
        MARKDOWN_LIST_ITEM("a.md", "# Pump Market\n\n- Demand rose.\n- %s\n"),
        TEXT_LINE("a.txt", "Pump Market\n\nThe pump market grew 4%% in 2024.\n%s\nDemand held up in 2025.\n");

        private final String fileName;
        private final String template;

        Place(String fileName, String template) {
            this.fileName = fileName;
            this.template = template;
        }

        String fileName() {
            return fileName;
        }

        String document(String sentence) {
            return String.format(template, sentence);
        }
    }

    /** Markup that quotes a sentence, or shows it as code. */
    enum Quoting {
        HTML_Q("a.html", "<p>Editors dislike <q>%s</q> in drafts.</p>"),
        HTML_BLOCKQUOTE("a.html", "<p>One draft read:</p>\n<blockquote>%s</blockquote>"),
        HTML_CODE("a.html", "<p>Search drafts for <code>%s</code> before print.</p>"),
        MARKDOWN_QUOTE("a.md", "One draft read:\n\n> %s\n"),
        MARKDOWN_CODE("a.md", "Search drafts for `%s` before print.\n");

        private final String fileName;
        private final String template;

        Quoting(String fileName, String template) {
            this.fileName = fileName;
            this.template = template;
        }

        String fileName() {
            return fileName;
        }

        String document(String sentence) {
            return String.format(template, sentence);
        }
    }
}
