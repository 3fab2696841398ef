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

/**
 * One cause, one finding: a small grammar of template rows (container x inline element left open x rows) checks
 * that a bug repeated in every row gives one finding naming the element left open, counted and with its places.
 */
class RepeatedDefectsTest {
    private final MalformedHtmlRule rule = new MalformedHtmlRule();

    /** A list, a select and a table whose rows each render one item. */
    private record Container(String open, String rowStart, String rowEnd, String close) {
        String render(String inline, int rows, boolean closeInline) {
            StringBuilder html = new StringBuilder(open).append('\n');
            for (int row = 1; row <= rows; row++) {
                html.append(rowStart).append('<').append(inline).append(">Item ").append(row);
                if (closeInline) {
                    html.append("</").append(inline).append('>');
                }
                html.append(rowEnd).append('\n');
            }
            return html.append(close).append('\n').toString();
        }

        String endTag() {
            return rowEnd.substring(0, rowEnd.indexOf('>') + 1);
        }
    }

    private static final List<Container> CONTAINERS = List.of(
            new Container("<ul>", "<li>", "</li>", "</ul>"),
            new Container("<ol start=\"3\">", "  <li class=\"item\">", "</li>", "</ol>"),
            new Container("<select name=\"region\">", "<option>", "</option>", "</select>"),
            new Container("<table>", "<tr><td>", "</td><td>1%</td></tr>", "</table>"),
            new Container("<dl>", "<dt>Term</dt><dd>", "</dd>", "</dl>"));

    private static final List<String> INLINE = List.of("b", "i", "em", "strong", "span", "a", "small", "code");

    static Stream<Arguments> rowsWithAnElementLeftOpen() {
        List<Arguments> cases = new ArrayList<>();
        for (Container container : CONTAINERS) {
            for (String inline : INLINE) {
                for (int rows : new int[] {3, 7, 42}) {
                    cases.add(Arguments.of(container, inline, rows));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("rowsWithAnElementLeftOpen")
    void anElementLeftOpenInEveryRowIsOneFindingAtItsFirstPlace(Container container, String inline, int rows) {
        String html = container.render(inline, rows, false);
        List<Finding> findings = RuleFixtures.lint(rule, "rows.html", html);
        assertEquals(1, findings.size(), html + findings);
        Finding finding = findings.get(0);
        String endTag = container.endTag();
        int endColumn = container.rowStart().length() + inline.length() + 2 + "Item 1".length() + 1;
        assertEquals("<" + inline + "> is never closed: the " + endTag + " after it closes it implicitly (and "
                + (rows - 1) + " more times)", finding.message());
        assertEquals(2, finding.span().start().line());
        assertEquals(container.rowStart().length() + 1, finding.span().start().column());
        int listed = Math.min(rows - 1, DefectMessages.LISTED_REPEATS);
        assertEquals(1 + listed, finding.related().size());
        assertEquals(endTag.replace("/", "/") + " closes it here", finding.related().get(0).message());
        assertEquals(2, finding.related().get(0).span().start().line());
        assertEquals(endColumn, finding.related().get(0).span().start().column(), "the end tag is a related location");
        assertEquals(3, finding.related().get(1).span().start().line());
        assertEquals("the same defect again", finding.related().get(listed).message());
    }

    @ParameterizedTest
    @MethodSource("rowsWithAnElementLeftOpen")
    void theSameRowsClosedProperlyAreClean(Container container, String inline, int rows) {
        String html = container.render(inline, rows, true);
        assertTrue(RuleFixtures.lint(rule, "rows.html", html).isEmpty(), html);
    }

    @Test
    void twoOfTheSameDefectAreTwoFindings() {
        List<Finding> findings = RuleFixtures.lint(rule, "two.html", "<p><b>a</p>\n<p><b>b</p>\n");
        assertEquals(List.of("<b> is never closed: the </p> after it closes it implicitly",
                "<b> is never closed: the </p> after it closes it implicitly"),
                findings.stream().map(Finding::message).toList());
    }

    @Test
    void differentTagsAreDifferentDefects() {
        List<Finding> findings = RuleFixtures.lint(rule, "mixed.html",
                "<ul><li><b>a</li><li><i>b</li><li><b>c</li><li><i>d</li><li><b>e</li></ul>");
        assertEquals(List.of("<b> is never closed: the </li> after it closes it implicitly (and 2 more times)",
                "<i> is never closed: the </li> after it closes it implicitly",
                "<i> is never closed: the </li> after it closes it implicitly"),
                findings.stream().map(Finding::message).toList());
    }

    @Test
    void aRepeatedDuplicateIdIsOneFindingWithEveryPlaceUpToTheCap() {
        String rows = "<div id=\"price\">1</div>\n".repeat(30);
        List<Finding> findings = RuleFixtures.lint(rule, "ids.html", rows);
        assertEquals(1, findings.size());
        assertEquals("Duplicate id \"price\": an earlier element already has it (and 28 more times)", findings.get(0).message());
        assertEquals(2, findings.get(0).span().start().line());
        assertEquals(1 + DefectMessages.LISTED_REPEATS, findings.get(0).related().size());
    }
}
