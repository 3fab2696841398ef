package org.reportlint.rules.malformedhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Severity;
import org.reportlint.rules.testing.RuleFixtures;

class MalformedHtmlRuleTest {
    private final MalformedHtmlRule rule = new MalformedHtmlRule();

    @ParameterizedTest
    @ValueSource(strings = {"clean-fragment", "clean-document", "paragraphs", "end-tags", "document-tags",
            "unclosed", "attributes", "comments", "repeated"})
    void fixtureMatchesItsExpectations(String name) {
        RuleFixtures.assertFixture(rule, "/fixtures/malformed-html/" + name + ".html");
    }

    @Test
    void metadataIsAnUnfixableRecommendedError() {
        assertEquals("malformed-html", rule.metadata().id());
        assertEquals(Severity.ERROR, rule.metadata().defaultSeverity());
        assertFalse(rule.metadata().fixable());
        assertTrue(rule.metadata().recommended());
    }

    @Test
    void mismatchNamesTheOpenElementAndWhereItStarted() {
        List<Finding> findings = lint("page.html", "<p>Intro</p>\n<h2>FAQ</h1>");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("End tag </h1> does not match the open <h2>", finding.message());
        assertEquals(2, finding.span().start().line());
        assertEquals(8, finding.span().start().column());
        assertEquals(1, finding.related().size());
        assertEquals(2, finding.related().get(0).span().start().line());
        assertEquals("<h2> opened here", finding.related().get(0).message());
    }

    @Test
    void strayParagraphEndSaysWhichBlockClosedTheParagraph() {
        List<Finding> findings = lint("page.html", "<p>Players:\n<ul><li>Acme</li></ul></p>");
        assertEquals(1, findings.size());
        assertEquals("Stray </p>: the <p> was already closed implicitly by <ul>", findings.get(0).message());
        assertEquals(List.of("<p> opened here", "<ul> closed it here"),
                findings.get(0).related().stream().map(r -> r.message()).toList());
    }

    @Test
    void blockInsideEmptyParagraphPointsAtTheParagraph() {
        List<Finding> findings = lint("page.html", "<p><h1>Title</h1>");
        assertEquals(1, findings.size());
        assertEquals("<h1> inside <p> closes the paragraph implicitly, leaving it empty",
                findings.get(0).message());
        assertEquals(1, findings.get(0).related().size());
    }

    @Test
    void messagesNeverLeakParserStates() {
        String soup = "<p><h1>a</h2></p></div><b><i></b></i><table>x<tr><div></table></body></html><p>z";
        for (Finding finding : lint("page.html", soup)) {
            assertFalse(finding.message().contains("["), finding.message());
            assertFalse(finding.message().toLowerCase().contains("state"), finding.message());
        }
    }

    @Test
    void htmlInsideMarkdownFixture() {
        RuleFixtures.assertFixture(rule, "/fixtures/malformed-html/markdown.md");
    }

    @Test
    void plainTextIsNotChecked() {
        assertTrue(lint("notes.txt", "Revenue grew </div> strongly </h1> in 2023.").isEmpty());
    }

    @Test
    void htmlInsideMarkdownIsCheckedAtItsPosition() {
        List<Finding> findings = lint("notes.md", "# Title\n\nSome *text*.\n\n<p><h1>Inline HTML</h1></p>\n");
        assertEquals(2, findings.size());
        assertEquals(5, findings.get(0).span().start().line());
        assertEquals(4, findings.get(0).span().start().column());
    }

    @Test
    void markdownAroundTheHtmlIsNeitherTextNorMarkup() {
        assertTrue(lint("notes.md", "<table>\n<tr><td>a</td></tr>\n</table>\n\nText `</div>` and <br> here.\n\n"
                + "```\n<p><h1>code</h1></p>\n```\n").isEmpty());
    }

    @Test
    void htmlSavedAsTextIsChecked() {
        assertEquals(2, lint("report.txt", "<p><h1>Title</h1></p>").size());
    }

    @Test
    void tenThousandLevelsOfNestingNeedNoRecursion() {
        int depth = 10_000;
        String closed = "<div>".repeat(depth) + "text" + "</div>".repeat(depth);
        assertTrue(lint("deep.html", closed).isEmpty());
        String unclosed = "<section><span>".repeat(depth);
        List<Finding> findings = lint("deep.html", unclosed);
        assertEquals(List.of("<section> is never closed (and 9999 more times)",
                "<span> is never closed (and 9999 more times)"), findings.stream().map(Finding::message).toList());
        assertEquals(DefectMessages.LISTED_REPEATS, findings.get(0).related().size());
    }

    @Test
    void hugeInputIsLintedInOnePass() {
        String block = "<p>Paragraph with <b>bold</b> and <a href=\"#\">link</a>.</p><ul><li>one<li>two</ul>\n";
        assertTrue(lint("huge.html", block.repeat(50_000)).isEmpty());
    }

    @Test
    void unterminatedTagAtTheEndIsText() {
        assertTrue(lint("cut.html", "<p>Cut off <b>here</b> <div class=\"x").isEmpty());
    }

    @Test
    void upperCaseTagsMatchLowerCaseOnes() {
        assertTrue(lint("old.html", "<DIV><P>Text</p></Div><TABLE><TR><TD>1</TD></TR></TABLE>").isEmpty());
    }

    @Test
    void foreignContentAllowsSelfClosingTags() {
        assertTrue(lint("chart.html", "<svg><g><path d=\"M0 0\"/><foreignObject><p>Label</p></foreignObject>"
                + "</g></svg><math><mrow><mi>x</mi><mspace/></mrow></math>").isEmpty());
    }

    @Test
    void templateContentMayStartWithTableParts() {
        assertTrue(lint("tpl.html", "<template><tr><td>cell</td></tr></template><template><td>x</template>")
                .isEmpty());
    }

    @Test
    void commentsAndCdataHideMarkup() {
        assertTrue(lint("c.html", "<p>a<!-- </p></div> --></p><svg><text><![CDATA[</text> <b>]]></text></svg>")
                .isEmpty());
    }

    private List<Finding> lint(String name, String text) {
        return RuleFixtures.lint(rule, name, text);
    }
}
