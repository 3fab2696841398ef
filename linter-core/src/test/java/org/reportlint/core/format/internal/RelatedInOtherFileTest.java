package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.LineIndex;

/** A cross-document finding's related place in another file, as each format shows it. */
class RelatedInOtherFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "<h1>Widget Market</h1>\n<p>see <b>here</b></p>\n";

    private static LintResult result() {
        RelatedLocation elsewhere = new RelatedLocation("the same title", LineIndex.of("# Widget Market\n").span(2, 15),
                Optional.of("other/a <1>.md"));
        RelatedLocation here = Results.related(SOURCE, "here", "in this file");
        Finding finding = Results.finding(SOURCE, "same-title", Severity.WARNING, "Widget Market",
                "Title \"Widget Market\" is also the title of other/a <1>.md", List.of(elsewhere, here),
                Optional.empty());
        return LintResult.of(List.of(new FileResult("reports/b.html", Optional.of("html"), List.of(finding),
                List.of(), List.of(), 0)));
    }

    @Test
    void jsonNamesThePathOnlyOfAPlaceInAnotherFile() throws Exception {
        JsonNode related = JSON.readTree(new JsonFormatter("1.2.3").format(result()))
                .get("files").get(0).get("findings").get(0).get("related");
        assertEquals("{\"message\":\"the same title\",\"path\":\"other/a <1>.md\",\"line\":1,\"column\":3,"
                + "\"endLine\":1,\"endColumn\":16}", related.get(0).toString());
        assertFalse(related.get(1).has("path"), related.get(1).toString());
    }

    @Test
    void sarifPutsThePlaceInItsOwnArtifact() throws Exception {
        JsonNode result = JSON.readTree(new SarifFormatter("1.2.3", Results.metadata()).format(result()))
                .get("runs").get(0).get("results").get(0);
        JsonNode elsewhere = result.get("relatedLocations").get(0).get("physicalLocation");
        assertEquals("other/a%20%3C1%3E.md", elsewhere.get("artifactLocation").get("uri").textValue());
        assertEquals("%SRCROOT%", elsewhere.get("artifactLocation").get("uriBaseId").textValue());
        assertEquals(3, elsewhere.get("region").get("startColumn").intValue());
        assertEquals("reports/b.html", result.get("relatedLocations").get(1).get("physicalLocation")
                .get("artifactLocation").get("uri").textValue());
        assertEquals("reports/b.html", result.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").textValue());
    }

    @Test
    void textJunitAndHtmlPrefixThePlaceWithItsPath() {
        String text = new TextFormatter(false).format(result());
        assertTrue(text.contains("    = other/a <1>.md:1:3  the same title\n    = 2:11  in this file\n"), text);
        String junit = new JunitFormatter().format(result());
        assertTrue(junit.contains("  = other/a &lt;1&gt;.md:1:3  the same title\n  = 2:11  in this file\n"), junit);
        String html = new HtmlFormatter("1.2.3", Results.metadata()).format(result());
        // The HTML report's data: a place in a file the run did not report carries its path (-1, no index); one in
        // the finding's own file carries that file's index.
        assertTrue(html.contains("[[\"the same title\",1,3,-1,\"other/a \\u003c1\\u003e.md\"],[\"in this file\",2,11,0]]"),
                html);
    }
}
