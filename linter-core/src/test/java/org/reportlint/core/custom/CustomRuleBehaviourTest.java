package org.reportlint.core.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.source.SourceInput;

/** Required rules, word boundaries, case keeping, pathological patterns and severity overrides. */
class CustomRuleBehaviourTest {
    private static final String REQUIRED = "{\"root\": true, \"extends\": \"none\", \"customRules\": {"
            + "\"house/disclaimer\": {\"kind\": \"required\", \"level\": \"error\", \"message\": \"Missing the disclaimer\","
            + " \"pattern\": \"Figures are estimates\"}}}";

    @TempDir
    Path folder;

    private FileResult lint(String config, String name, String text) throws Exception {
        Files.writeString(folder.resolve(ConfigResolver.FILE_NAME), config);
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), folder);
        return new Linter().lint(SourceInput.ofFile(name, file), resolver.rulesFor(file));
    }

    @Test
    void aMissingRequiredTextIsReportedAtTheDocumentsStart() throws Exception {
        List<Finding> findings = lint(REQUIRED, "a.md", "# Report\n\nMarket text.\n").findings();
        assertEquals(1, findings.size());
        assertEquals("house/disclaimer", findings.get(0).rule());
        assertEquals("Missing the disclaimer", findings.get(0).message());
        assertEquals(1, findings.get(0).span().start().line());
        assertEquals(1, findings.get(0).span().start().column());
    }

    @Test
    void requiredTextAnywhereInScopeSatisfiesTheRule() throws Exception {
        assertEquals(List.of(), lint(REQUIRED, "a.html", "<h1>Report</h1><p>Note: Figures are estimates.</p>")
                .findings());
    }

    @Test
    void requiredTextOnlyInCodeDoesNotCount() throws Exception {
        assertEquals(1, lint(REQUIRED, "a.md", "# R\n\n```\nFigures are estimates\n```\n").findings().size());
    }

    @Test
    void theRulesMapChangesADeclaredRulesLevel() throws Exception {
        String config = REQUIRED.replace("\"root\": true,", "\"root\": true, \"rules\": {\"house/disclaimer\": \"info\"},");
        assertEquals("info", lint(config, "a.md", "text\n").findings().get(0).severity().id());
        String off = REQUIRED.replace("\"root\": true,", "\"root\": true, \"rules\": {\"house/disclaimer\": \"off\"},");
        assertEquals(List.of(), lint(off, "a.md", "text\n").findings());
    }

    @Test
    void aNestedConfigTurnsOffARuleItsParentDeclares() throws Exception {
        Files.createDirectories(folder.resolve("legacy"));
        Files.writeString(folder.resolve("legacy").resolve(ConfigResolver.FILE_NAME),
                "{\"rules\": {\"house/disclaimer\": \"off\"}, \"customRules\": {\"house/disclaimer\": "
                        + "{\"kind\": \"required\", \"level\": \"off\", \"message\": \"m\", \"pattern\": \"x\"}}}"
                        .replace("\"level\": \"off\", ", ""));
        assertEquals(1, lint(REQUIRED, "b.md", "text\n").findings().size());
        Path nested = folder.resolve("legacy").resolve("a.md");
        Files.writeString(nested, "text\n");
        ConfigResolver resolver = new ConfigResolver(RuleRegistry.of(List.of()), Optional.empty(), Map.of(), folder);
        assertEquals(List.of(), new Linter().lint(SourceInput.ofFile("legacy/a.md", nested),
                resolver.rulesFor(nested)).findings());
    }

    /**
     * {@code (a+)+$} against {@code aaa...ab} takes time exponential in the run of a's in java.util.regex; RE2
     * finds there is no match in one linear pass, so 100,000 a's finish at once (no clock: the test completes).
     */
    @Test
    void aCatastrophicPatternForBacktrackingEnginesFinishes() throws Exception {
        String config = "{\"root\": true, \"extends\": \"none\", \"customRules\": {\"house/runs\": {\"kind\": "
                + "\"existence\", \"message\": \"'%s'\", \"patterns\": [\"(a+)+$\"], \"wordBoundaries\": false}}}";
        String text = "a".repeat(100_000) + "b\n";
        assertEquals(List.of(), lint(config, "a.txt", text).findings());
        assertEquals(1, lint(config, "b.txt", "a".repeat(100_000) + "\n").findings().size());
    }

    /**
     * Word boundaries are checked after RE2 matches; a match rejected inside a long word must not restart the search
     * at every following character (100,000 searches of 100,000 characters would never finish).
     */
    @Test
    void aRejectedMatchInsideALongWordDoesNotRestartAtEveryCharacter() {
        Term term = new Term("a+", com.google.re2j.Pattern.compile("a+"), true);
        assertEquals(List.of(), term.find("x" + "a".repeat(100_000)));
        assertEquals(1, term.find("x" + "a".repeat(100_000) + " aaa").size());
    }

    @ParameterizedTest
    @CsvSource({"utilise, use, use", "Utilise, use, Use", "UTILISE, use, USE", "uTilise, use, use",
        "In order to, to, To", "IN ORDER TO, to, TO", "E-mail, email, Email"})
    void replacementsKeepTheCaseOfTheOriginal(String original, String replacement, String expected) {
        assertEquals(expected, CaseKeeper.keep(original, replacement));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cat | the cat sat | 1", "cat | concatenate | 0", "cat | cats | 0", "cat | cat_x | 0", "cat | (cat) | 1",
        "\\$xxx | cost: $xxx today | 1", "\\$xxx | US$xxx | 1", "N/A | N/A. | 1", "N/A | XN/A | 0"})
    void wordBoundariesApplyOnlyAtWordCharacters(String pattern, String text, int count) {
        Term term = new Term(pattern, com.google.re2j.Pattern.compile(pattern), true);
        assertEquals(count, term.find(text).size());
    }

    @Test
    void messageTemplatesQuoteTheMatchAndKeepOtherPercentSigns() {
        assertEquals("Use 'use' instead of 'utilise' (50% less)",
                new MessageTemplate("Use '%s' instead of '%s' (50% less)").format("use", "utilise"));
        assertEquals("literal %s", new MessageTemplate("literal %%s").format("x"));
    }

    @Test
    void everyFindingOfASubstitutionOnVerbatimTextIsFixable() throws Exception {
        String config = "{\"root\": true, \"extends\": \"none\", \"customRules\": {\"house/use\": {\"kind\": "
                + "\"substitution\", \"message\": \"Use '%s' instead of '%s'\", \"swap\": {\"utilise\": \"use\"}}}}";
        List<Finding> findings = lint(config, "a.html", "<p>Utilise it; ut&#105;lise it.</p>").findings();
        assertEquals(2, findings.size());
        assertEquals("Use", findings.get(0).fix().orElseThrow().edits().get(0).text());
        // An entity inside the match: rewriting it could change markup, so no fix is offered.
        assertTrue(findings.get(1).fix().isEmpty());
    }
}
