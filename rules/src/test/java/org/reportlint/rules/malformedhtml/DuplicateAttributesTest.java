package org.reportlint.rules.malformedhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.RuleFixtures;

/** A grammar of start tags (element x attribute x spelling of the second name x quoting) with one name twice. */
class DuplicateAttributesTest {
    private final MalformedHtmlRule rule = new MalformedHtmlRule();

    static Stream<Arguments> tagsWithAnAttributeTwice() {
        List<Arguments> cases = new ArrayList<>();
        for (String element : List.of("p", "div", "span", "td", "img", "a", "li")) {
            for (String attribute : List.of("class", "id", "style", "title", "data-value")) {
                for (String second : List.of(attribute, attribute.toUpperCase(), capital(attribute))) {
                    for (String quote : List.of("\"", "'", "")) {
                        cases.add(Arguments.of(element, attribute, second, quote));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("tagsWithAnAttributeTwice")
    void anAttributeGivenTwiceIsReportedAtTheSecond(String element, String attribute, String second, String quote) {
        String first = attribute + "=" + quote + "one" + quote;
        String again = second + "=" + quote + "two" + quote;
        String tag = "<" + element + " " + first + " lang=en " + again + ">";
        // Each element where it belongs, so that the repeated attribute is the only defect.
        String html = switch (element) {
            case "img" -> "<p>" + tag + "</p>";
            case "td" -> "<table><tr>" + tag + "x</td></tr></table>";
            case "li" -> "<ul>" + tag + "x</li></ul>";
            default -> tag + "x</" + element + ">";
        };
        List<Finding> findings = RuleFixtures.lint(rule, "a.html", html);
        assertEquals(1, findings.size(), html);
        Finding finding = findings.get(0);
        int firstColumn = html.indexOf(first) + 1;
        assertEquals("Duplicate attribute \"" + attribute + "\" on <" + element
                + ">: a browser keeps the first value and drops this one", finding.message());
        assertEquals(html.indexOf(again) + 1, finding.span().start().column());
        assertEquals(again.length(), finding.span().end().column() - finding.span().start().column());
        assertEquals("first \"" + attribute + "\" attribute", finding.related().get(0).message());
        assertEquals(firstColumn, finding.related().get(0).span().start().column());
    }

    @Test
    void aTagWithManyAttributesFindsTheRepeatToo() {
        StringBuilder tag = new StringBuilder("<div");
        for (int i = 0; i < 12; i++) {
            tag.append(" data-k").append(i).append("=v");
        }
        String html = tag.append(" data-k3=again>x</div>").toString();
        List<Finding> findings = RuleFixtures.lint(rule, "many.html", html);
        assertEquals(1, findings.size());
        assertEquals(html.indexOf("data-k3=again") + 1, findings.get(0).span().start().column());
    }

    @Test
    void namesThatOnlyLookAlikeAreDifferent() {
        assertTrue(RuleFixtures.lint(rule, "a.html", "<p data-a=1 data-b=2 data-ab=3 aria-label=x label=y>t</p>"
                + "<p class=a>u</p><p class=a>v</p><input disabled readonly>").isEmpty());
    }

    private static String capital(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
