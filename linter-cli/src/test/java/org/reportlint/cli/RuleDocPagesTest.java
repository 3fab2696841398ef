package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.format.internal.RuleDocPage;
import org.reportlint.core.rule.RuleDocs;
import org.reportlint.core.rule.RuleMetadata;

/**
 * The pages in {@code docs/rules/} are what the rules' metadata says: a page per built-in rule, none for a rule that
 * is gone, and each one equal to {@code reportlint explain ID --format markdown}. Run with
 * {@code -Dreportlint.writeRuleDocs=true} to write them after changing a rule's metadata.
 */
class RuleDocPagesTest {
    private static final Path PAGES = Path.of("..", "docs", "rules");

    private static List<RuleMetadata> builtIn(RuleRegistry registry) {
        return registry.allMetadata().stream()
                .filter(rule -> rule.docsUrl().filter(url -> url.startsWith(RuleDocs.PAGES)).isPresent()).toList();
    }

    @Test
    void everyBuiltInRuleHasItsGeneratedPageAndNothingElseIsThere() throws IOException {
        RuleRegistry registry = RuleRegistry.load(RuleDocPagesTest.class.getClassLoader());
        List<RuleMetadata> rules = builtIn(registry);
        List<String> expected = new ArrayList<>(List.of("README.md"));
        boolean write = Boolean.getBoolean("reportlint.writeRuleDocs");
        if (write) {
            Files.createDirectories(PAGES);
            Files.writeString(PAGES.resolve("README.md"), RuleDocPage.index(rules), StandardCharsets.UTF_8);
        }
        assertEquals(RuleDocPage.index(rules), Files.readString(PAGES.resolve("README.md")), "docs/rules/README.md");
        for (RuleMetadata rule : rules) {
            String page = RuleDocPage.markdown(rule, registry.findCrossDocument(rule.id()).isPresent());
            Path file = PAGES.resolve(rule.id() + ".md");
            if (write) {
                Files.writeString(file, page, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), file + " is missing: run this test with -Dreportlint.writeRuleDocs=true");
            assertEquals(page, Files.readString(file), file + " is out of date with the rule's metadata");
            assertEquals(RuleDocs.pageOf(rule.id()), rule.docsUrl().orElseThrow());
            expected.add(rule.id() + ".md");
        }
        try (Stream<Path> files = Files.list(PAGES)) {
            assertEquals(expected.stream().sorted().toList(),
                    files.map(file -> file.getFileName().toString()).sorted().toList(), "pages of no rule");
        }
    }

    @Test
    void explainPrintsThePage(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        CliRun.Result result = CliRun.in(dir).run("explain", "split-name", "--format", "markdown");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(Files.readString(PAGES.resolve("split-name.md")), result.out());
        CliRun.Result unknown = CliRun.in(dir).run("explain", "split-name", "--format", "html");
        assertEquals(2, unknown.exitCode());
        assertEquals("reportlint: unknown --format \"html\" for explain: use text or markdown\n", unknown.err());
    }
}
