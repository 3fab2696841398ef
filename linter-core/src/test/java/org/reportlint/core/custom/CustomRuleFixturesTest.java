package org.reportlint.core.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind and scope of customRules against fixtures in HTML and Markdown with inline expectations. */
class CustomRuleFixturesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"scopes.html", "scopes.md"})
    void findsExactlyTheMarkedDefects(String fixture) throws Exception {
        assertEquals(List.of(), CustomRuleFixture.mismatches(folder, "house.json", fixture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"case.html", "case.md"})
    void capitalizationChecksHeadingsAndCells(String fixture) throws Exception {
        assertEquals(List.of(), CustomRuleFixture.mismatches(folder, "case.json", fixture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"figure-cagr.html", "figure-size.html", "figure-period.html", "figure.md"})
    void figureRulesCheckTheDocumentsFacts(String fixture) throws Exception {
        assertEquals(List.of(), CustomRuleFixture.mismatches(folder, "figure.json", fixture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"negations.html", "negations.md"})
    void everyNegatedScopeReadsAllProseButItsPart(String fixture) throws Exception {
        assertEquals(List.of(), CustomRuleFixture.mismatches(folder, "negations.json", fixture));
    }
}
