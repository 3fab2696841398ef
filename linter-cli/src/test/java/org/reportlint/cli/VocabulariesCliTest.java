package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vocabularies through the real command line: accept and reject lists, nested configs, errors, print-config, cache. */
class VocabulariesCliTest {
    private static final String CONFIG = """
            {
              "root": true,
              // one list for the whole repository
              "vocabularies": [{"accept": "styles/accept.txt", "reject": "styles/reject.txt"}],
              "customRules": {
                "house/stand-in": {"kind": "existence", "message": "Stand-in '%s'", "words": ["Vendor X"]}
              }
            }
            """;
    private static final String ACCEPT = """
            # Real companies that look like stand-ins
            Company A Ltd
            vendor x gmbh
            Leverage Partners
            """;
    private static final String REJECT = """
            # House style
            leverage
            re:synerg(y|ies)
            """;
    private static final String REPORT = """
            <h1>Battery suppliers</h1>
            <p>Company A Ltd and Vendor X GmbH supply cells; Company B does not.</p>
            <p>Leverage Partners advised. We leverage synergies with Vendor X.</p>
            """;

    @TempDir
    Path dir;

    private static List<String> findings(String json) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode file : new ObjectMapper().readTree(json).get("files")) {
            file.get("findings").forEach(f -> lines.add(file.get("path").asText() + ":" + f.get("line").asInt() + ":"
                    + f.get("column").asInt() + " " + f.get("severity").asText() + " " + f.get("rule").asText() + " "
                    + f.get("message").asText()));
        }
        return lines;
    }

    private CliRun project() throws Exception {
        return CliRun.in(dir).file(".reportlint.json", CONFIG).file("styles/accept.txt", ACCEPT)
                .file("styles/reject.txt", REJECT).file("reports/a.html", REPORT);
    }

    @Test
    void acceptedNamesAreNotFlaggedAndRejectedTermsAre() throws Exception {
        CliRun.Result result = project().run("-f", "json", "reports");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of(
                "reports/a.html:2:50 error placeholder Dummy name \"Company B\" left in text",
                "reports/a.html:3:34 warning vocabulary \"leverage\" is rejected by the vocabulary styles/reject.txt",
                "reports/a.html:3:43 warning vocabulary \"synergies\" is rejected by the vocabulary styles/reject.txt "
                        + "(entry \"re:synerg(y|ies)\")",
                "reports/a.html:3:58 warning house/stand-in Stand-in 'Vendor X'",
                "reports/a.html:3:58 error placeholder Dummy name \"Vendor X\" left in text"), findings(result.out()));
    }

    @Test
    void aNestedConfigSeesTheRepositoryListsAndAddsItsOwn() throws Exception {
        CliRun cli = project().file("reports/team/.reportlint.json", "{\"vocabularies\": [{\"accept\": \"names.txt\"}]}")
                .file("reports/team/names.txt", "Company B\n").file("reports/team/b.html", REPORT);
        List<String> found = findings(cli.run("-f", "json", "reports/team").out());
        assertEquals(List.of(
                "reports/team/b.html:3:34 warning vocabulary \"leverage\" is rejected by the vocabulary "
                        + "styles/reject.txt",
                "reports/team/b.html:3:43 warning vocabulary \"synergies\" is rejected by the vocabulary "
                        + "styles/reject.txt (entry \"re:synerg(y|ies)\")",
                "reports/team/b.html:3:58 warning house/stand-in Stand-in 'Vendor X'",
                "reports/team/b.html:3:58 error placeholder Dummy name \"Vendor X\" left in text"), found);

        CliRun.Result printed = cli.run("--print-config", "reports/team/b.html");
        assertEquals(0, printed.exitCode(), printed.err());
        JsonNode lists = new ObjectMapper().readTree(printed.out()).get("vocabularies");
        assertEquals("[{\"accept\":\"styles/accept.txt\",\"entries\":3},{\"reject\":\"styles/reject.txt\","
                + "\"entries\":2},{\"accept\":\"reports/team/names.txt\",\"entries\":1}]", lists.toString());
    }

    @Test
    void theVocabularyFindingIsARuleLikeAnyOther() throws Exception {
        CliRun cli = project();
        CliRun.Result off = cli.run("-f", "json", "--disable", "vocabulary", "reports");
        assertTrue(findings(off.out()).stream().noneMatch(line -> line.contains(" vocabulary ")), off.out());
        CliRun.Result explain = cli.run("explain", "vocabulary");
        assertEquals(0, explain.exitCode(), explain.err());
        assertTrue(explain.out().contains("reject list"), explain.out());
        assertTrue(cli.run("rules").out().contains("vocabulary"));
    }

    @Test
    void aMissingListStopsTheRunWithOneLineAndExitCode2() throws Exception {
        CliRun.Result result = CliRun.in(dir).file(".reportlint.json", CONFIG).file("styles/accept.txt", ACCEPT)
                .file("a.html", REPORT).run("a.html");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: .reportlint.json:4:62: \"reject\": \"styles/reject.txt\": no such file "
                + "(styles/reject.txt)\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void aBadEntryIsReportedAtItsLineInTheListFile() throws Exception {
        CliRun.Result result = project().file("styles/reject.txt", "leverage\n\nre:(?=ahead)synergy\n")
                .run("reports");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: styles/reject.txt:3:4: pattern \"(?=ahead)synergy\": RE2 does not support "
                + "look-ahead (?=...) / (?!...) (at character 1): match the following text as part of the pattern, "
                + "or use \\b for a word edge\n", result.err());
    }

    @Test
    void editingAListInvalidatesTheCache() throws Exception {
        CliRun cli = project();
        CliRun.Result first = cli.run("-f", "json", "--cache", "reports");
        assertEquals(5, findings(first.out()).size(), first.err());
        Files.writeString(dir.resolve("styles/accept.txt"), ACCEPT + "Company B\n");
        CliRun.Result second = cli.run("-f", "json", "--cache", "reports");
        assertEquals(4, findings(second.out()).size(), "the cached result of a.html is not replayed: "
                + second.out());
    }
}
