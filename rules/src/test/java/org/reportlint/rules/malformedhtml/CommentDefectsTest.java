package org.reportlint.rules.malformedhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.RuleFixtures;

class CommentDefectsTest {
    private final MalformedHtmlRule rule = new MalformedHtmlRule();

    @Test
    void unterminatedCommentIsReportedAtItsStartAndExplainsTheElementsLeftOpen() {
        List<Finding> findings = RuleFixtures.lint(rule, "cut.html",
                "<main>\n<section><p>Shown.</p>\n  <!-- hidden note\n<p>Hidden.</p></section></main>\n");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("Comment <!-- is never closed: it hides everything after it", finding.message());
        assertEquals(3, finding.span().start().line());
        assertEquals(3, finding.span().start().column());
        assertEquals(3, finding.span().end().column() - finding.span().start().column() - 1);
    }

    @Test
    void unterminatedCommentInMarkdownHtmlIsReported() {
        List<Finding> findings = RuleFixtures.lint(rule, "notes.md", "# Title\n\n<div>\n<!-- todo\n\nText.\n");
        assertEquals(List.of("Comment <!-- is never closed: it hides everything after it"),
                findings.stream().map(Finding::message).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a</p><!-- note -- with dashes --><p>b</p>",
        "<!--[if lt IE 9]><p>old</p><![endif]--><p>new</p>",
        "<!--[if !IE]><!--><p>x</p><!--<![endif]-->",
        "<script>if (a <!-- b) {}</script><p>c</p>",
        "<style><!-- p { color: red } --></style>",
        "<p>x<!--></p><p>y<!---></p>",
        "<div><!-- closed the way browsers accept --!><p>x</p></div>",
        "<p>x</p><!---->",
        "<p>before</p><!-- last comment at the very end -->",
    })
    void commentsBrowsersReadAsMeantAreClean(String html) {
        assertTrue(RuleFixtures.lint(rule, "c.html", html).isEmpty(), html);
    }

    @Test
    void commentTextInMarkdownCodeIsNotMarkup() {
        assertTrue(RuleFixtures.lint(rule, "code.md",
                "<p>html</p>\n\nUse `<!--` to start a comment.\n\n```html\n<!--> not closed\n<!-- open\n```\n")
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!-->", "<!--->"})
    void abruptCommentBeforeItsIntendedEndIsReported(String abrupt) {
        String html = "<p>Before.</p>" + abrupt + " Editor: check the figures --> <p>After.</p>";
        List<Finding> findings = RuleFixtures.lint(rule, "a.html", html);
        assertEquals(1, findings.size());
        int close = html.indexOf("-->", 14 + abrupt.length()) + 1;
        assertEquals("Comment " + abrupt + " ends where it starts: the text up to the next --> is shown on the page",
                findings.get(0).message());
        assertEquals(15, findings.get(0).span().start().column());
        assertEquals(close, findings.get(0).related().get(0).span().start().column());
    }

    @Test
    void abruptCommentPointsAtTheIntendedEnd() {
        List<Finding> findings = RuleFixtures.lint(rule, "a.html", "<p>a</p>\n<!--> old text\n-->\n");
        assertEquals(1, findings.size());
        assertEquals("Comment <!--> ends where it starts: the text up to the next --> is shown on the page",
                findings.get(0).message());
        assertEquals("the intended end of the comment", findings.get(0).related().get(0).message());
    }

    @Test
    void manyAbruptCommentsAreEachJudgedByTheNextMarkers() {
        String html = "<p>a<!-->b</p>\n".repeat(2000) + "<!--> meant as a comment -->\n";
        List<Finding> findings = RuleFixtures.lint(rule, "many.html", html);
        assertEquals(1, findings.size());
        assertEquals(2001, findings.get(0).span().start().line());
    }

    @Test
    void commentInsideACommentShowsTheRestOfTheOuterOne() {
        String html = "<p>a</p>\n<!-- old block\n<p>b</p><!-- note -->\n<p>c</p>\n-->\n<p>d</p>\n";
        List<Finding> findings = RuleFixtures.lint(rule, "n.html", html);
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("Comment inside a comment: its --> ends both, and the text up to the next --> is shown on the "
                + "page", finding.message());
        assertEquals(3, finding.span().start().line());
        assertEquals(9, finding.span().start().column());
        assertEquals(List.of("the outer comment opened here", "the intended end of the comment"),
                finding.related().stream().map(r -> r.message()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!-- write <!-- to open a comment --><p>x</p>",
        "<!-- a <!-- b --><p>x</p><!-- c -->",
        "<!--[if !IE]><!--><p>x</p><!--<![endif]--><p>y</p>",
    })
    void aCommentMentioningTheOpenerIsClean(String html) {
        assertTrue(RuleFixtures.lint(rule, "c.html", html).isEmpty(), html);
    }
}
