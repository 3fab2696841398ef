package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndExplainTest {
    @TempDir
    Path dir;

    @Test
    void rulesListsEveryRuleAndTheEngineFindingsInAlignedColumns() {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().run("rules");
        assertEquals(0, result.exitCode());
        assertEquals("""
                ID                  SEVERITY  FIXABLE  RECOMMENDED  SUMMARY
                encoding            warning   no       yes          The file is not valid in its declared or detected encoding
                internal-error      error     no       yes          A rule failed on this file
                test-crash          error     no       yes          Crashes on KABOOM
                test-cross-crash    warning   no       no           Crashes across documents
                test-hmm            warning   no       yes          The word hmm
                test-meanwhile      error     yes      yes          The word meanwhile, while the file is edited
                test-note           info      no       no           An NB: note
                test-oops           error     yes      yes          The word oops
                test-same-title     warning   no       no           Two reports share a title
                unused-suppression  warning   no       yes          An inline reportlint-disable directive that suppressed nothing
                vocabulary          warning   no       yes          A term a vocabulary's reject list names
                """, result.out());
    }

    @Test
    void rulesAsJsonGiveEachRulesFieldsInTheTablesOrder() throws Exception {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().run("rules", "--format", "json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode rules = new ObjectMapper().readTree(result.out());
        assertEquals(11, rules.size());
        assertEquals("encoding", rules.get(0).get("id").textValue());
        assertTrue(rules.get(0).get("docsUrl").textValue().endsWith("encoding.md"), rules.get(0).toString());
        JsonNode oops = rules.get(7);
        assertEquals("{\"id\":\"test-oops\",\"severity\":\"error\",\"fixable\":true,\"recommended\":true,"
                + "\"summary\":\"The word oops\",\"acrossDocuments\":false}", oops.toString(), "no page, no docsUrl");
        assertEquals(true, rules.get(8).get("acrossDocuments").booleanValue(), rules.get(8).toString());
        assertEquals("test-same-title", rules.get(8).get("id").textValue());
        assertEquals(CliRun.in(dir).testRulesOnly().run("rules").out(),
                CliRun.in(dir).testRulesOnly().run("rules", "--format", "text").out(), "text stays the default");
        CliRun.Result bad = CliRun.in(dir).testRulesOnly().run("rules", "--format", "xml");
        assertEquals(2, bad.exitCode());
        assertEquals("reportlint: unknown rules format \"xml\" (use text or json)\n", bad.err());
    }

    @Test
    void rulesIncludesWhateverIsOnTheClassPath() {
        CliRun.Result result = CliRun.in(dir).run("rules");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("\ntest-oops "), "rule jars are found by ServiceLoader");
        assertTrue(result.out().contains("\nencoding "));
    }

    @Test
    void explainShowsTheRulesMetadataWithOptionsAndExamples() {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().run("explain", "test-oops");
        assertEquals(0, result.exitCode());
        assertEquals("""
                test-oops: The word oops

                Flags every "oops" in the source.

                Default severity: error
                Fixable: yes
                Recommended: yes

                Options:
                  replacement (string, default "okay"): What the fix writes instead.

                Fails:
                    <p>oops</p>
                Passes:
                    <p>okay</p>
                """, result.out());
    }

    @Test
    void explainSaysWhenARuleLooksAcrossDocuments() {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().run("explain", "test-same-title");
        assertEquals(0, result.exitCode());
        assertEquals("""
                test-same-title: Two reports share a title

                Compares the first heading of every report of the run.

                Default severity: warning
                Fixable: no
                Recommended: no
                Scope: every document of the run together (reported once all are read)
                """, result.out());
    }

    @Test
    void explainKnowsTheEngineFindings() {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().run("explain", "internal-error");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("internal-error: A rule failed on this file\n\n"), result.out());
    }

    @Test
    void explainingAnUnknownRuleSuggestsTheNearestAndExitsTwo() {
        CliRun.Result result = CliRun.in(dir).testRulesOnly().run("explain", "test-opps");
        assertEquals(2, result.exitCode());
        assertEquals("reportlint: unknown rule \"test-opps\" (did you mean \"test-oops\"?)\n", result.err());
        assertEquals("", result.out());
        CliRun.Result missing = CliRun.in(dir).testRulesOnly().run("explain");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("reportlint: Missing required parameter: 'ID'\n"), missing.err());
    }

    @Test
    void explainWrapsLongDescriptions() {
        String words = "word ".repeat(50).strip();
        String wrapped = ExplainCommand.wrap(words + "\n\nshort");
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 100, line);
        }
        assertEquals(words, wrapped.substring(0, wrapped.indexOf("\n\n")).replace('\n', ' '));
        assertTrue(wrapped.endsWith("\n\nshort"));
    }
}
