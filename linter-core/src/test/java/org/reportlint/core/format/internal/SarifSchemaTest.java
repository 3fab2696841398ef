package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.Severity;

/**
 * Every shape of SARIF log the formatter writes is valid against the official SARIF 2.1.0 JSON schema: findings
 * with fixes and related locations, unreadable and skipped files, a run cut down to GitHub's limits (with the
 * notifications saying so), and a run with nothing in it.
 */
class SarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "<p>$xxx million</p>\n<p>$xxx million</p>\n<p>20XX</p>\n";

    private static String sarif(LintResult result, SarifLimits limits) {
        return new SarifFormatter("1.2.3", Results.metadata(), "reports/", limits).format(result);
    }

    private static void assertValid(String sarif) {
        List<String> problems = SarifSchema.problems(sarif);
        assertEquals(List.of(), problems, "SARIF 2.1.0 schema violations");
    }

    @Test
    void findingsWithFixesRelatedLocationsAndFilesThatCouldNotBeLintedAreValid() throws Exception {
        String sarif = sarif(Results.mixed(), SarifLimits.GITHUB);
        JsonNode results = JSON.readTree(sarif).get("runs").get(0).get("results");
        assertTrue(results.findValues("relatedLocations").size() > 0, "the case has related locations");
        assertTrue(results.findValues("fixes").size() > 0, "the case has a fix");
        assertValid(sarif);
    }

    @Test
    void documentTextThatBreaksCarelessWritersIsValid() {
        assertValid(sarif(Results.nasty("<b>\"x\" & 'y'\u0007\ud800\uffff"), SarifLimits.GITHUB));
    }

    @Test
    void aRunCutToTheLimitsWithItsNotificationsIsValid() throws Exception {
        List<RelatedLocation> related = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            related.add(Results.related(SOURCE, "<p>", "place " + i));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            findings.add(Results.finding(SOURCE, "placeholder", i % 3 == 0 ? Severity.ERROR
                    : i % 3 == 1 ? Severity.WARNING : Severity.INFO, "$xxx", "Placeholder " + i, related,
                    Optional.empty()));
        }
        String sarif = sarif(LintResult.of(List.of(new FileResult("a.html", Optional.of("html"), findings,
                List.of(), List.of(), 0))), new SarifLimits(4, 3, 10_000_000L));
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        assertEquals(4, run.get("results").size());
        assertEquals(2, run.get("invocations").get(0).get("toolExecutionNotifications").size(),
                "one notification for the results left out, one for the related locations");
        assertValid(sarif);
    }

    @Test
    void anEmptyRunIsValid() throws Exception {
        String sarif = sarif(LintResult.of(List.of()), SarifLimits.GITHUB);
        assertEquals(0, JSON.readTree(sarif).get("runs").get(0).get("results").size());
        assertValid(sarif);
    }

    @Test
    void theSchemaCatchesABrokenLog() throws Exception {
        JsonNode log = JSON.readTree(sarif(Results.mixed(), SarifLimits.GITHUB));
        JsonNode result = log.get("runs").get(0).get("results").get(0);
        ((ObjectNode) result).put("level", "fatal"); // SARIF levels are none, note, warning and error
        List<String> problems = SarifSchema.problems(log);
        assertFalse(problems.isEmpty(), "a level the schema does not allow must be reported");
        assertTrue(problems.stream().anyMatch(p -> p.contains("level")), problems.toString());

        JsonNode region = JSON.readTree(sarif(Results.mixed(), SarifLimits.GITHUB));
        ((ObjectNode) region.get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("region")).put("startLine", 0); // lines are 1-based
        assertFalse(SarifSchema.problems(region).isEmpty(), "a line 0 must be reported");
    }
}
