package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.format.MarkdownText;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class SarifFormatterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String sarif(LintResult result) {
        return new SarifFormatter("1.2.3", Results.metadata()).format(result);
    }

    @Test
    void writesTheWholeLogInAStableShape() {
        Golden.assertMatches("mixed.sarif", sarif(Results.mixed()));
    }

    @Test
    void hasEveryPropertyCodeScanningRequires() throws Exception {
        JsonNode log = JSON.readTree(sarif(Results.mixed()));
        assertEquals(SarifFormatter.SCHEMA, log.get("$schema").textValue());
        assertEquals("2.1.0", log.get("version").textValue());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("reportlint", driver.get("name").textValue());
        assertEquals("1.2.3", driver.get("version").textValue());
        JsonNode rules = driver.get("rules");
        assertEquals(List.of("malformed-html", "placeholder"), List.of(rules.get(0).get("id").textValue(),
                rules.get(1).get("id").textValue()));
        JsonNode placeholder = rules.get(1);
        for (String field : List.of("shortDescription", "fullDescription", "help")) {
            assertTrue(placeholder.get(field).get("text").isTextual(), field);
        }
        assertTrue(placeholder.get("help").get("markdown").isTextual());
        assertEquals("error", placeholder.get("defaultConfiguration").get("level").textValue());

        JsonNode results = run.get("results");
        assertEquals(3, results.size());
        for (JsonNode result : results) {
            String ruleId = result.get("ruleId").textValue();
            assertEquals(ruleId, rules.get(result.get("ruleIndex").intValue()).get("id").textValue());
            assertTrue(List.of("error", "warning", "note").contains(result.get("level").textValue()));
            assertTrue(result.get("message").get("text").isTextual());
            JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
            for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertTrue(region.get(field).intValue() >= 1, field);
            }
            assertTrue(result.get("partialFingerprints").get(SarifFingerprints.KEY).isTextual());
        }
        assertFalse(run.get("invocations").get(0).get("executionSuccessful").booleanValue());
        JsonNode notification = run.get("invocations").get(0).get("toolExecutionNotifications").get(1);
        assertEquals("error", notification.get("level").textValue());
        assertEquals("cannot read: permission denied", notification.get("message").get("text").textValue());
    }

    @Test
    void encodesPathsAsUrisAgainstTheSourceRoot() {
        assertEquals(new ArtifactUri("reports/market%20brief%20%C3%A9t%C3%A9.html", Optional.of("%SRCROOT%")),
                ArtifactUri.of("reports/market brief \u00e9t\u00e9.html"));
        assertEquals(new ArtifactUri("a%23b%3Fc%25d%5Ce.md", Optional.of("%SRCROOT%")),
                ArtifactUri.of("a#b?c%d\\e.md"));
        assertEquals(new ArtifactUri("%3Cstdin%3E", Optional.of("%SRCROOT%")), ArtifactUri.of("<stdin>"));
        assertEquals(new ArtifactUri("file:///srv/r%20s/a.html", Optional.empty()), ArtifactUri.of("/srv/r s/a.html"));
        assertEquals(new ArtifactUri("file:///C:/r%20s/a.html", Optional.empty()), ArtifactUri.of("C:/r s/a.html"));
    }

    @Test
    void describesAnUnknownRuleByItsIdAndOmitsSnippetsTheExcerptDoesNotHold() throws Exception {
        String source = "a".repeat(300) + " $xxx " + "b".repeat(300);
        LintResult result = LintResult.of(List.of(new FileResult("long.txt", Optional.of("text"), List.of(
                Results.finding(source, "custom-rule", Severity.INFO, "$xxx", "Placeholder"),
                Results.finding(source, "custom-rule", Severity.INFO, source, "Whole line")),
                List.of(), List.of(), 0)));
        JsonNode run = JSON.readTree(sarif(result)).get("runs").get(0);
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertEquals("custom-rule", rule.get("id").textValue());
        assertEquals("CustomRule", rule.get("name").textValue());
        assertEquals("custom-rule", rule.get("shortDescription").get("text").textValue());
        assertEquals("note", run.get("results").get(0).get("level").textValue());
        JsonNode whole = run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(606, whole.get("charLength").intValue());
        assertFalse(whole.has("snippet"), "the excerpt keeps only a window of a long line");
        JsonNode placeholder = run.get("results").get(1).get("locations").get(0).get("physicalLocation").get("region");
        assertEquals("$xxx", placeholder.get("snippet").get("text").textValue());
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").booleanValue());
    }

    @Test
    void escapesMarkdownInHelpAndFencesExamplesSafely() {
        assertEquals("Use \\<meta charset\\> not \\$xxx\\$ or \\*bold\\*", MarkdownText.escape(
                "Use <meta charset> not $xxx$ or *bold*"));
    }

    @Test
    void replacesLoneSurrogatesSoTheLogCanBeWrittenAsUtf8() throws Exception {
        String sarif = sarif(Results.nasty("x\uD800y"));
        assertTrue(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(sarif));
        assertEquals("Bad x\uFFFDy", JSON.readTree(sarif).get("runs").get(0).get("results").get(0)
                .get("message").get("text").textValue());
    }
}
