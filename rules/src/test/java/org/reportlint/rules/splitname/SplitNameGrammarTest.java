package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.RuleFixtures;

/**
 * Documents generated from the forms of the defect class: every container a template writes entries in, times
 * every legal form, times company names, with the form alone in an entry or starting a longer one; each must give
 * one finding on the form with the right message and a fix that joins the name again. Near misses combined over
 * the same containers must give none.
 */
class SplitNameGrammarTest {
    private static final SplitNameRule RULE = new SplitNameRule();
    private static final String FIRST = "Orchard Valley Foods Ltd.";
    private static final String LAST = "Bluepeak Instruments";
    private static final String REST = "Brightway Energy and Quillon Optics";
    private static final String SENTENCE = "The leading suppliers are Northwind Grid, ";

    private static final List<String> FORMS = List.of("Ltd.", "Inc.", "LLC", "GmbH", "AG", "S.A.", "S.p.A.", "N.V.",
            "B.V.", "PLC", "Corp.", "Limited", "Corporation", "SE", "S.A.B. de C.V.", "Sdn. Bhd.", "K.K.", "A/S", "Oy",
            "AB", "S.A.S.", "S.L.", "Pty Ltd", "Pte. Ltd.", "LLP", "L.P.", "Co., Ltd.", "Kft.", "Sp. z o.o.", "a.s.",
            "S.r.l.", "ApS", "ASA", "Oyj", "Pvt. Ltd.", "KGaA", "Ltda.");
    /** Forms that are also words or codes: reported only where the list names companies, never after prose. */
    private static final Set<String> AMBIGUOUS = Set.of("AG", "Limited", "Corporation", "SE", "Oy", "AB", "ASA");
    /** A name ending with "Co." takes only the forms that follow it by convention, after a comma. */
    private static final List<String> CO_FORMS = List.of("Ltd.", "Limited", "Inc.");
    private static final List<String> COMPANIES = List.of("Tamarack Bioworks", "Hollowbrook Digital Systems");
    private static final String CO_COMPANY = "Sunrise Power Co.";

    /** Where a template writes entries, and how it writes them. */
    enum Container {
        HTML_LIST("list.html", false, true, e -> "<ul>\n" + each(e, "  <li>%s</li>\n") + "</ul>\n"),
        HTML_ORDERED_LIST("list.html", false, true, e -> "<ol>" + each(e, "<li>%s</li>") + "</ol>\n"),
        HTML_TABLE_COLUMN("table.html", false, true, e -> "<table>\n<tr><th>Company</th></tr>\n"
                + each(e, "<tr><td>%s</td></tr>\n") + "</table>\n"),
        HTML_LINES("lines.html", false, true, e -> "<p>Key players:<br>" + String.join("<br>", e) + "</p>\n"),
        HTML_PARAGRAPHS("prose.html", true, true, e -> each(e, "<p>%s</p>\n")),
        MARKDOWN_LIST("list.md", false, true, e -> "# Key players\n\n" + each(e, "- %s\n")),
        MARKDOWN_TABLE_COLUMN("table.md", false, false, e -> "| Company |\n|---|\n" + each(e, "| %s |\n")),
        MARKDOWN_PARAGRAPHS("prose.md", true, true, e -> "# Key players\n\n" + String.join("\n\n", e) + "\n"),
        TEXT_LINES("lines.txt", false, true, e -> "Key players\n\n" + String.join("\n", e) + "\n"),
        TEXT_PARAGRAPHS("prose.txt", true, true, e -> "Key players\n\n" + String.join("\n\n", e) + "\n");

        final String file;
        /** Whether the entry before the fragment is a sentence that ends with the name. */
        final boolean prose;
        /** Whether an entry that is all fragment can be removed: never a table cell in Markdown. */
        final boolean removesEntries;
        final Function<List<String>, String> render;

        Container(String file, boolean prose, boolean removesEntries, Function<List<String>, String> render) {
            this.file = file;
            this.prose = prose;
            this.removesEntries = removesEntries;
            this.render = render;
        }

        private static String each(List<String> entries, String format) {
            return entries.stream().map(e -> String.format(format, e)).collect(Collectors.joining());
        }
    }

    static Stream<Arguments> splits() {
        List<Arguments> cases = new ArrayList<>();
        for (Container container : Container.values()) {
            for (String company : Stream.concat(COMPANIES.stream(), Stream.of(CO_COMPANY)).toList()) {
                for (String form : company.equals(CO_COMPANY) ? CO_FORMS : FORMS) {
                    if (container.prose && AMBIGUOUS.contains(form)) {
                        continue;
                    }
                    cases.add(Arguments.of(container, company, form, true));
                    cases.add(Arguments.of(container, company, form, false));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} / {2}, alone {3}")
    @MethodSource("splits")
    void formSplitOffACompanyNameIsReportedOnceAndJoinedAgain(Container container, String company, String form,
                                                              boolean alone) {
        String separator = company.endsWith("Co.") ? ", " : " ";
        String named = container.prose ? SENTENCE + company : company;
        List<String> entries = container.prose ? new ArrayList<>(List.of(named)) : new ArrayList<>(List.of(FIRST, named));
        List<String> fixed = new ArrayList<>(entries);
        fixed.set(fixed.size() - 1, named + separator + form);
        entries.add(alone ? form : form + ", " + REST);
        if (!alone) {
            fixed.add(REST);
        }
        if (!container.prose) {
            entries.add(LAST);
            fixed.add(LAST);
        }
        String source = container.render.apply(entries);

        List<Finding> findings = RuleFixtures.lint(RULE, container.file, source);
        assertEquals(1, findings.size(), () -> source + "\n" + findings);
        Finding finding = findings.get(0);
        assertEquals(form, source.substring(finding.span().startOffset(), finding.span().endOffset()), source);
        assertEquals("\"" + form + "\" is the rest of \"" + company + "\" split "
                + (alone ? "into its own entry" : "off to the start of the next entry"), finding.message());

        String expected = alone && !container.removesEntries ? source : container.render.apply(fixed);
        String result = RuleFixtures.applyFixes(RULE, container.file, source);
        assertEquals(expected, result);
        if (!result.equals(source)) {
            assertEquals(List.of(), RuleFixtures.lint(RULE, container.file, result), result);
        }
    }

    static Stream<Arguments> nearMisses() {
        List<List<String>> lists = List.of(
                List.of("Standard", "Sport Edition", "Limited", "Premium"),
                List.of("Availability: Low", "Limited", "Delivery: Fast"),
                List.of("Standard Edition", "Limited", "Premium Edition"),
                List.of("Silver", "Gold", "Limited", "Platinum"),
                List.of("Base", "SE", "Touring", "Sport"),
                List.of("North", "South", "SE", "NW"),
                List.of("A", "B", "AB", "O"),
                List.of("Rural Outreach", "AG", "Urban Programs"),
                List.of("Moderate", "Corporation", "Partnership"),
                List.of("Ltd.", "Tamarack Bioworks", "Hollowbrook Digital Systems"),
                List.of("Sunrise Power Co., Ltd.", "Inc.", "Tamarack Bioworks GmbH"),
                List.of("Tamarack Bioworks", "Inc. and partners"),
                List.of("Widely available", "Ltd.", "Rarely stocked"),
                List.of("Which suppliers lead:", "Limited", "Tamarack Bioworks"),
                List.of("Germany", "South", "France", "Korea"),
                List.of("Middle East", "Africa", "North America"),
                List.of("DCS", "PLC", "SCADA", "HMI"),
                List.of("ERP", "MES", "APS", "WMS"),
                List.of("Sole Proprietorship", "Partnership", "LLC", "Corporation"));
        List<Arguments> cases = new ArrayList<>();
        for (Container container : Container.values()) {
            for (List<String> list : lists) {
                cases.add(Arguments.of(container, list));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("nearMisses")
    void ordinaryWordsAndWholeNamesAreNotReported(Container container, List<String> entries) {
        String source = container.render.apply(entries);
        assertEquals(List.of(), RuleFixtures.lint(RULE, container.file, source), source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsInProse")
    void sentenceWrappedInAPlainTextParagraphIsNotBroken(String form) {
        String source = "Key players\n\n" + SENTENCE + "Tamarack Bioworks\n" + form + ", " + REST + " follow.\n";
        assertEquals(List.of(), RuleFixtures.lint(RULE, "wrapped.txt", source), source);
    }

    static Stream<String> formsInProse() {
        return FORMS.stream();
    }
}
