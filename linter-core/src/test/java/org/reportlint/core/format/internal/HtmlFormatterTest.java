package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class HtmlFormatterTest {
    private static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</textarea>", "'><svg onload=alert(1)>");

    private static String html(LintResult result) {
        return new HtmlFormatter("1.2.3", Results.metadata()).format(result);
    }

    @Test
    void rendersTheWholePage() {
        Golden.assertMatches("mixed.html", html(Results.mixed()));
    }

    @Test
    void escapesEveryPieceOfDocumentText() {
        for (String attack : ATTACKS) {
            String page = html(Results.nasty(attack));
            assertFalse(page.contains(attack), attack);
            String escaped = HtmlText.escape(attack);
            assertTrue(page.contains("dir/" + escaped + ".html"), "path");
            assertTrue(page.contains("Bad " + escaped), "message");
            assertTrue(page.contains("<mark>" + escaped + "</mark>"), "excerpt");
            assertTrue(page.contains("opened " + escaped), "related message");
            assertTrue(page.contains("cannot read: " + escaped), "read error");
            assertEquals(1, count(page, "<script"), "only the page's own script");
            assertFalse(page.contains("<img") || page.contains("<svg") || page.contains("</textarea>"), attack);

            Document parsed = Jsoup.parse(page);
            assertEquals(1, parsed.select("script").size());
            assertTrue(parsed.select("img, svg, textarea, [onerror], [onload]").isEmpty(), attack);
            assertEquals("Bad " + attack, parsed.selectFirst("li.finding .message").text(), "reads as written");
            assertEquals(attack, parsed.selectFirst("li.finding mark").text());
        }
    }

    @Test
    void escapesTheRuleIdWhereverItGoes() {
        String rule = "x\"><script>alert(1)</script>";
        String source = "<p>text</p>\n";
        String page = html(LintResult.of(List.of(new FileResult("a.html", Optional.of("html"),
                List.of(Results.finding(source, rule, Severity.WARNING, "text", "Message")),
                List.of(), List.of(), 0))));
        assertFalse(page.contains(rule));
        assertEquals(1, count(page, "<script"));
        assertTrue(page.contains("data-rule=\"x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    void neutralisesControlCharactersAndBidirectionalOverrides() {
        String page = html(Results.nasty("a\u0000b\u001b[2Jc\u202Ed\uD800e"));
        assertTrue(page.contains("Bad a\u2400b\u241b[2Jc\uFFFDd\uFFFDe"));
        assertFalse(page.contains("\u0000") || page.contains("\u001b") || page.contains("\u202E"));
    }

    @Test
    void loadsNothingAndAllowsOnlyItsOwnScript() throws Exception {
        String page = html(Results.mixed());
        assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(page).find(), "no external resources");
        assertFalse(page.contains("http://") || page.contains("https://"));
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(script.find());
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(page.contains("script-src 'sha256-" + hash + "'"), "the policy allows exactly the inline script");
        assertTrue(page.contains("<form id=\"filters\" hidden>"), "filters only appear when the script runs");
    }

    @Test
    void isTheSameForTheSameResult() {
        assertEquals(html(Results.mixed()), html(Results.mixed()));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
