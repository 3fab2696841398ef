package org.reportlint.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.testing.WordRule;

/**
 * Vocabularies in a lint: rules that honour accept lists lose the findings inside accepted terms, others keep them;
 * rejected terms are {@code vocabulary} findings unless accepted; levels, presets and suppressions apply.
 */
class VocabularyLintTest {
    /** Flags "Company A" and honours accept lists, as placeholder does. */
    private static final Rule HONOURING = new Rule() {
        private final WordRule word = new WordRule("dummy-name", "Company A", Severity.ERROR);

        @Override
        public RuleMetadata metadata() {
            return word.metadata();
        }

        @Override
        public void check(RuleContext context) {
            word.check(context);
        }

        @Override
        public boolean honoursAcceptedTerms() {
            return true;
        }
    };
    private static final Rule IGNORING = new WordRule("figure-word", "Company A", Severity.WARNING);

    @TempDir
    Path dir;

    private List<String> lint(String config, String html) throws Exception {
        Files.writeString(dir.resolve("accept.txt"), "Company A Ltd\nLeverage Partners\n");
        Files.writeString(dir.resolve("reject.txt"), "# house style\nleverage\nre:synerg(y|ies)\n");
        Files.writeString(dir.resolve(ConfigResolver.FILE_NAME), config);
        RuleSet rules = new ConfigResolver(RuleRegistry.of(List.of(HONOURING, IGNORING)), Optional.empty(), Map.of(),
                dir).rulesFor(dir.resolve("a.html"));
        return new Linter().lint(DocumentParser.parse("a.html", html), rules).findings().stream()
                .map(VocabularyLintTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.span().start().line() + ":" + f.span().start().column() + " " + f.rule() + " " + f.severity().id()
                + " " + f.message();
    }

    private static final String BOTH = "{\"root\": true, \"extends\": \"all\", \"vocabularies\": [{\"accept\": "
            + "\"accept.txt\", \"reject\": \"reject.txt\"}]}";

    @Test
    void aRuleThatHonoursAcceptListsLosesOnlyTheFindingsInsideAnAcceptedTerm() throws Exception {
        assertEquals(List.of(
                "1:4 figure-word warning Found \"Company A\"",
                "2:4 dummy-name error Found \"Company A\"",
                "2:4 figure-word warning Found \"Company A\""),
                lint(BOTH, "<p>Company A Ltd leads.</p>\n<p>Company A leads.</p>"));
    }

    @Test
    void rejectedTermsAreReportedUnlessInsideAnAcceptedTerm() throws Exception {
        assertEquals(List.of(
                "2:9 vocabulary warning \"leverage\" is rejected by the vocabulary reject.txt",
                "2:22 vocabulary warning \"synergies\" is rejected by the vocabulary reject.txt (entry "
                        + "\"re:synerg(y|ies)\")"),
                lint(BOTH, "<p>Leverage Partners advises.</p>\n<p>They leverage the synergies.</p>"));
    }

    @Test
    void theVocabularyFindingTakesALevelAndRunsWhateverThePreset() throws Exception {
        String none = "{\"root\": true, \"extends\": \"none\", \"rules\": {\"vocabulary\": \"error\"}, "
                + "\"vocabularies\": [{\"reject\": \"reject.txt\"}]}";
        assertEquals(List.of("1:9 vocabulary error \"leverage\" is rejected by the vocabulary reject.txt"),
                lint(none, "<p>They leverage it.</p>"));
        String off = "{\"root\": true, \"rules\": {\"vocabulary\": \"off\"}, \"vocabularies\": [{\"reject\": "
                + "\"reject.txt\"}]}";
        assertEquals(List.of(), lint(off, "<p>They leverage it.</p>"));
    }

    @Test
    void aSuppressionNamesItById() throws Exception {
        assertEquals(List.of("3:4 vocabulary warning \"leverage\" is rejected by the vocabulary reject.txt"),
                lint(BOTH, "<!-- reportlint-disable-next-line vocabulary -->\n<p>We leverage it.</p>\n"
                        + "<p>leverage</p>"));
    }

    @Test
    void customRulesHonourAcceptLists() throws Exception {
        String config = "{\"root\": true, \"extends\": \"none\", \"vocabularies\": [{\"accept\": \"accept.txt\"}], "
                + "\"customRules\": {\"house/dummy\": {\"kind\": \"existence\", \"message\": \"Dummy '%s'\", "
                + "\"words\": [\"Company A\"]}}}";
        assertEquals(List.of("2:4 house/dummy warning Dummy 'Company A'"),
                lint(config, "<p>Company A Ltd leads.</p>\n<p>Company A leads.</p>"));
    }
}
