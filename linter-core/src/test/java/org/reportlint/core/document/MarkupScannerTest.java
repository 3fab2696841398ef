package org.reportlint.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.MarkupToken.Kind;
import org.reportlint.core.source.TextRange;

class MarkupScannerTest {

    @Test
    void tagsCommentsAndDeclarationsWithExactRanges() {
        String html = "<!DOCTYPE html><P class=\"a>b\" id=x>t<!-- c --></p><br/>";
        List<MarkupToken> tokens = MarkupScanner.scanHtml(html);
        assertEquals(List.of(Kind.DECLARATION, Kind.START_TAG, Kind.COMMENT, Kind.END_TAG, Kind.START_TAG),
                tokens.stream().map(MarkupToken::kind).toList());
        MarkupToken p = tokens.get(1);
        assertEquals("p", p.name());
        assertEquals(new TextRange(15, 35), p.range());
        assertEquals("a>b", p.attribute("class").orElseThrow().value());
        assertEquals("x", p.attribute("id").orElseThrow().value());
        assertEquals(new TextRange(33, 34), p.attribute("id").orElseThrow().valueRange());
        assertEquals(" c ", html.substring(tokens.get(2).content().start(), tokens.get(2).content().end()));
        assertTrue(tokens.get(4).selfClosing());
    }

    @Test
    void rawTextElementsHideTheirContent() {
        List<MarkupToken> tokens = MarkupScanner.scanHtml("<script>if (a<b) x='</div>'</script><p>");
        assertEquals(List.of("script", "script", "p"), tokens.stream().map(MarkupToken::name).toList());
    }

    @Test
    void styleContentIsNotMarkup() {
        List<MarkupToken> tokens = MarkupScanner.scanHtml("<style>p > b { }</style><b>");
        assertEquals(List.of("style", "style", "b"), tokens.stream().map(MarkupToken::name).toList());
    }

    @Test
    void lessThanThatStartsNoTagIsText() {
        assertEquals(List.of(), MarkupScanner.scanHtml("a < b and 3<4 and <"));
        assertEquals(List.of(), MarkupScanner.scanHtml("<p unterminated"));
    }

    @Test
    void unterminatedCommentRunsToTheEnd() {
        List<MarkupToken> tokens = MarkupScanner.scanHtml("x<!-- never closed <p>");
        assertEquals(1, tokens.size());
        assertEquals(new TextRange(1, 22), tokens.get(0).range());
    }

    @Test
    void plainTextKeepsOnlyComments() {
        List<MarkupToken> tokens = MarkupScanner.scanComments("a <b> <!-- reportlint-disable x --> c");
        assertEquals(1, tokens.size());
        assertEquals(Kind.COMMENT, tokens.get(0).kind());
    }

    @Test
    void plaintextRunsToTheEndOfTheInput() {
        List<MarkupToken> tokens = MarkupScanner.scanHtml("<plaintext><b>x</plaintext><!-- reportlint-disable -->");
        assertEquals(List.of("plaintext"), tokens.stream().map(MarkupToken::name).toList());
    }

    @Test
    void anUnterminatedCdataSectionInForeignContentHidesWhatFollows() {
        for (String foreign : new String[] {"svg", "math"}) {
            String html = "<" + foreign + "><![CDATA[ </" + foreign + "><!-- reportlint-disable-file x --><p>";
            List<MarkupToken> tokens = MarkupScanner.scanHtml(html);
            assertEquals(List.of(Kind.START_TAG, Kind.DECLARATION), tokens.stream().map(MarkupToken::kind).toList());
            assertEquals(new TextRange(foreign.length() + 2, html.length()), tokens.get(1).range());
        }
    }

    @Test
    void cdataOutsideForeignContentIsABogusCommentToTheNextGreaterThan() {
        List<MarkupToken> tokens = MarkupScanner.scanHtml("<![CDATA[ x ]]><!-- c --><p>");
        assertEquals(List.of(Kind.DECLARATION, Kind.COMMENT, Kind.START_TAG),
                tokens.stream().map(MarkupToken::kind).toList());
        List<MarkupToken> closed = MarkupScanner.scanHtml("<svg><![CDATA[ <b> ]]></svg><i>");
        assertEquals(List.of("svg", "", "svg", "i"), closed.stream().map(MarkupToken::name).toList());
    }

    @Test
    void anHtmlTagThatEndsForeignContentMakesCdataABogusCommentAgain() {
        List<MarkupToken> tokens = MarkupScanner.scanHtml("<svg><rect/><p><![CDATA[ x > <!-- c -->");
        assertEquals(List.of(Kind.START_TAG, Kind.START_TAG, Kind.START_TAG, Kind.DECLARATION, Kind.COMMENT),
                tokens.stream().map(MarkupToken::kind).toList());
    }
}
