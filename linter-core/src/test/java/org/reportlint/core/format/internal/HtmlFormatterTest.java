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
import org.jsoup.nodes.Element;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.GroupTally;
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
    void escapesEveryPieceOfDocumentText() throws Exception {
        for (String attack : ATTACKS) {
            String page = html(Results.nasty(attack));
            assertFalse(page.contains(attack), attack);
            assertTrue(page.contains("dir/" + HtmlText.escape(attack) + ".html"), "path in the static table");
            assertEquals(2, count(page, "<script"), "only the page's data and its own script");
            assertEquals(2, count(page, "</script>"), "no text ends the data element early");
            assertFalse(page.contains("<img") || page.contains("<svg") || page.contains("</textarea>"), attack);

            Document parsed = Jsoup.parse(page);
            assertEquals(2, parsed.select("script").size());
            assertTrue(parsed.select("img, svg, textarea, [onerror], [onload]").isEmpty(), attack);
            JsonNode data = data(page);
            JsonNode finding = data.get("findings").get(0);
            assertEquals("dir/" + attack + ".html", data.get("files").get(0).get("path").asText(), "reads as written");
            assertEquals("Bad " + attack, finding.get(6).asText());
            assertEquals(attack, finding.get(8).asText(), "the flagged text");
            assertEquals("opened " + attack, finding.get(11).get(0).get(0).asText(), "related message");
            assertEquals("cannot read: " + attack, data.get("files").get(1).get("errors").get(0).asText());
        }
    }

    @Test
    void escapesTheRuleIdWhereverItGoes() throws Exception {
        String rule = "x\"><script>alert(1)</script>";
        String source = "<p>text</p>\n";
        String page = html(LintResult.of(List.of(new FileResult("a.html", Optional.of("html"),
                List.of(Results.finding(source, rule, Severity.WARNING, "text", "Message")),
                List.of(), List.of(), 0))));
        assertFalse(page.contains(rule));
        assertEquals(2, count(page, "<script"));
        assertTrue(page.contains("<code class=\"rule\">x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>"));
        assertTrue(page.contains("\"id\":\"x\\\"\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\""));
        assertEquals(rule, data(page).get("rules").get(0).get("id").asText());
    }

    @Test
    void neutralisesControlCharactersAndBidirectionalOverrides() throws Exception {
        String page = html(Results.nasty("a\u0000b\u001b[2Jc\u202Ed\uD800e"));
        assertEquals("Bad a\u2400b\u241b[2Jc\uFFFDd\uFFFDe", data(page).get("findings").get(0).get(6).asText());
        assertFalse(page.contains("\u0000") || page.contains("\u001b") || page.contains("\u202E"));
    }

    @Test
    void escapesLineSeparatorsInTheData() {
        String page = html(Results.nasty("a\u2028b\u2029c"));
        String data = Jsoup.parse(page).getElementById("report-data").data();
        assertFalse(data.contains("\u2028") || data.contains("\u2029"));
        assertTrue(data.contains("Bad a\\u2028b\\u2029c"));
    }

    @Test
    void groupsMessagesByPattern() throws Exception {
        JsonNode data = data(html(Results.mixed()));
        List<String> patterns = new java.util.ArrayList<>();
        data.get("patterns").forEach(p -> patterns.add(p.get("text").asText()));
        assertEquals(List.of("End tag </h#> does not match the open <h#>", "Placeholder \"\u2026\" left in text"),
                patterns, "one per rule and template: both placeholders share one");
        assertEquals(data.get("findings").get(0).get(3), data.get("findings").get(1).get(3));
        assertEquals(1, data.get("patterns").get(1).get("rule").asInt(), "placeholder, the second rule by id");
    }

    @Test
    void groupsDocumentsAsTheOtherReportsDo() throws Exception {
        List<FileResult> files = List.of(file("reports/vendor-b/y.html"), file("reports/vendor-a/x.html"),
                file("reports/z.html"));
        LintResult result = LintResult.of(files);
        for (DocumentGroups groups : List.of(DocumentGroups.byFolder(), DocumentGroups.configured(
                java.util.Map.of("a", List.of("reports/vendor-a/**")), path -> path))) {
            JsonNode data = data(new HtmlFormatter("1.2.3", Results.metadata(), groups).format(result));
            GroupTally tally = new GroupTally(groups);
            files.forEach(tally::add);
            List<String> names = new java.util.ArrayList<>();
            data.get("groups").forEach(name -> names.add(name.asText()));
            assertEquals(tally.groups().stream().map(GroupTally.Group::name).toList(), names);
            for (GroupTally.Group group : tally.groups()) {
                int members = 0;
                for (JsonNode file : data.get("files")) {
                    members += file.get("group").asText().equals(group.name()) ? 1 : 0;
                }
                assertEquals(group.files(), members, group.name());
            }
        }
        assertEquals("[\"(top level)\",\"vendor-a\",\"vendor-b\"]",
                data(html(result)).get("groups").toString());
    }

    private static FileResult file(String path) {
        return new FileResult(path, Optional.of("html"), List.of(), List.of(), List.of(), 0);
    }

    @Test
    void loadsNothingAndAllowsOnlyItsOwnScriptAndStyle() throws Exception {
        String page = html(Results.mixed());
        assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(page).find(), "no external resources");
        assertFalse(page.contains("http://") || page.contains("https://"));
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(script.find());
        assertTrue(page.contains("script-src 'sha256-" + sha256(script.group(1)) + "'"),
                "the policy allows exactly the inline script");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
        assertTrue(style.find());
        assertTrue(page.contains("style-src 'sha256-" + sha256(style.group(1)) + "'"), "and the inline style");
        assertTrue(page.contains("default-src 'none'"));
        assertTrue(page.contains("<main id=\"app\" hidden>"), "the findings only appear when the script runs");
    }

    @Test
    void isTheSameForTheSameResult() {
        assertEquals(html(Results.mixed()), html(Results.mixed()));
    }

    private static JsonNode data(String page) throws Exception {
        Element data = Jsoup.parse(page).getElementById("report-data");
        return new ObjectMapper().readTree(data.data());
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
