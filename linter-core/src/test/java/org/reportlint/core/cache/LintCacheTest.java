package org.reportlint.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.testing.SameTitleRule;
import org.reportlint.core.testing.WordRule;

/** The cache's keys, what invalidates them, and that a replayed result is the result a fresh run gives. */
class LintCacheTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.of(
            List.of(new FixingRule(), new WordRule("word-nb", "NB:", Severity.INFO)), List.of(new SameTitleRule()));

    @TempDir
    Path dir;

    /** Flags "oops" with a fix, pointing at the first one; its "to" option is what the fix writes. */
    static final class FixingRule implements Rule {
        static final OptionSpec TO = new OptionSpec("to", OptionSpec.Type.STRING, "okay", "Replacement.");
        private static final RuleMetadata METADATA = RuleMetadata.builder("oops").fixable(true)
                .option("to", OptionSpec.Type.STRING, "okay", "Replacement.").build();

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public void check(RuleContext context) {
            String source = context.document().source();
            int first = source.indexOf("oops");
            for (int at = first; at >= 0; at = source.indexOf("oops", at + 1)) {
                Problem problem = Problem.at(at, at + 4, "oops")
                        .withFix(Fix.of(new TextEdit(at, at + 4, context.options().getString(TO))));
                context.report(at == first ? problem : problem.withRelated(
                        new org.reportlint.core.source.TextRange(first, first + 4), "first"));
            }
        }
    }

    private static FileSettings settings(Map<String, RuleSetting> rules) {
        return FileSettings.of(RuleSet.of(REGISTRY, Preset.RECOMMENDED, rules));
    }

    private static final FileSettings DEFAULT = settings(Map.of(SameTitleRule.ID, RuleSetting.off()));

    private SourceInput write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SourceInput.ofWalkedFile(name, file);
    }

    /** Lints with a cache opened from {@code cacheFile}, saves it, and returns it with the results. */
    private record Run(LintCache cache, LintResult result) {
    }

    private Run run(Path cacheFile, String version, List<SourceInput> inputs, FileSettings settings) {
        LintCache cache = LintCache.open(cacheFile, version);
        LintResult result = new Linter(null, cache).lint(inputs, input -> settings.rules(), 2);
        assertEquals(Optional.empty(), cache.save());
        return new Run(cache, result);
    }

    @Test
    void aReplayedResultEqualsAFreshOneFindingForFinding() throws Exception {
        List<SourceInput> inputs = List.of(
                write("a.html", "<p>oops\tand oops — \u00e9 NB: <!-- reportlint-disable-next-line word-nb -->\nNB: x</p>"),
                write("b.md", "# T\n\n" + "long ".repeat(100) + "oops\r\n<!-- reportlint-disable word-nb -->\n"),
                write("c.txt", "nothing here\n"));
        LintResult fresh = new Linter().lint(inputs, input -> DEFAULT.rules(), 1);
        Path cacheFile = dir.resolve("cache");
        Run first = run(cacheFile, "1.0.0", inputs, DEFAULT);
        assertEquals(3, first.cache().linted());
        Run second = run(cacheFile, "1.0.0", inputs, DEFAULT);
        assertEquals(3, second.cache().replayed());
        assertEquals(0, second.cache().linted());
        assertEquals(fresh.files(), second.result().files(), "records: positions, fixes, related, excerpts, counts");
        assertTrue(fresh.files().get(0).findings().stream().anyMatch(f -> !f.related().isEmpty()),
                fresh.files().toString());
        assertTrue(fresh.files().get(1).findings().stream().anyMatch(f -> f.rule().equals("unused-suppression")));
        assertTrue(fresh.files().get(0).suppressed() > 0);
    }

    @Test
    void theToolVersionIsPartOfEveryKey() throws Exception {
        List<SourceInput> inputs = List.of(write("a.txt", "oops\n"));
        Path cacheFile = dir.resolve("cache");
        run(cacheFile, "1.0.0", inputs, DEFAULT);
        assertEquals(1, run(cacheFile, "1.0.0", inputs, DEFAULT).cache().replayed());
        Run upgraded = run(cacheFile, "1.0.1", inputs, DEFAULT);
        assertEquals(0, upgraded.cache().replayed());
        assertEquals(Optional.empty(), upgraded.cache().discarded(), "an upgrade is no damage");
        assertEquals(1, run(cacheFile, "1.0.1", inputs, DEFAULT).cache().replayed());
    }

    @Test
    void contentPathAndSettingsEachChangeTheKey() throws Exception {
        SourceInput input = write("a.txt", "oops\n");
        byte[] bytes = Files.readAllBytes(input.file().get());
        Path cacheFile = dir.resolve("cache");
        LintCache cache = LintCache.open(cacheFile, "1");
        FileResult result = new Linter().lint(input, DEFAULT.rules());
        cache.entry(input, bytes, DEFAULT).record(result);
        assertEquals(Optional.empty(), cache.save());

        LintCache reopened = LintCache.open(cacheFile, "1");
        assertEquals(Optional.of(result), reopened.entry(input, bytes, DEFAULT).replay());
        assertEquals(Optional.empty(), reopened.entry(input, "oops \n".getBytes(StandardCharsets.UTF_8), DEFAULT)
                .replay(), "one more byte");
        assertEquals(Optional.empty(), reopened.entry(SourceInput.ofFile("./a.txt", input.file().get()), bytes,
                DEFAULT).replay(), "the reported path");
        assertEquals(Optional.empty(), reopened.entry(input, bytes, settings(Map.of(SameTitleRule.ID,
                RuleSetting.off(), "oops", new RuleSetting(Optional.of(Severity.ERROR), Optional.empty()))))
                .replay(), "a level");
        assertEquals(Optional.empty(), reopened.entry(input, bytes, settings(Map.of(SameTitleRule.ID,
                RuleSetting.off(), "oops", new RuleSetting(Optional.of(Severity.WARNING),
                        Optional.of(Map.of("to", "fine")))))).replay(), "an option");
        assertEquals(Optional.empty(), reopened.entry(input, bytes, settings(Map.of(SameTitleRule.ID,
                RuleSetting.off(), "word-nb", RuleSetting.off()))).replay(), "a rule turned off");
        assertEquals(Optional.empty(), reopened.entry(input, bytes, settings(Map.of(SameTitleRule.ID,
                RuleSetting.off(), "unused-suppression", RuleSetting.off()))).replay(), "an engine finding's level");
        assertEquals(Optional.empty(), reopened.entry(input, bytes, new FileSettings(DEFAULT.rules(),
                Optional.of(DocumentFormat.HTML))).replay(), "the format it is read as");
        assertEquals(Optional.of(result), reopened.entry(input, bytes, settings(Map.of(SameTitleRule.ID,
                RuleSetting.off()))).replay(), "equal settings resolved again");
    }

    @Test
    void theSettingsDigestNamesEveryRulesLevelOptionsAndCode() {
        SettingsDigest digest = new SettingsDigest();
        String described = digest.describe(settings(Map.of(SameTitleRule.ID, RuleSetting.of(Severity.ERROR),
                "oops", new RuleSetting(Optional.of(Severity.WARNING), Optional.of(Map.of("to", "x"))))));
        assertTrue(described.contains("rule oops warning {\"to\":\"x\"} " + FixingRule.class.getName() + "@"),
                described);
        assertTrue(described.contains("cross-document-rule same-title error {} " + SameTitleRule.class.getName()),
                described);
        assertTrue(described.contains("engine-rule unused-suppression warning"), described);
        assertFalse(described.contains("@unknown"), "the rule's code location is digested: " + described);
        assertNotEquals(digest.of(settings(Map.of("oops", new RuleSetting(Optional.of(Severity.WARNING),
                        Optional.of(Map.of("to", 1)))))),
                digest.of(settings(Map.of("oops", new RuleSetting(Optional.of(Severity.WARNING),
                        Optional.of(Map.of("to", "1")))))), "a number and a string never look alike");
    }

    @Test
    void filesACrossDocumentRuleWithoutACodecReadsAreNotKept() throws Exception {
        // This same-title rule cannot write what it collected, so a replayed file could not take part in its step.
        FileSettings across = settings(Map.of());
        List<SourceInput> inputs = List.of(write("a.md", "# Same\n"), write("b.md", "# Same\n"));
        Path cacheFile = dir.resolve("cache");
        Run first = run(cacheFile, "1", inputs, across);
        Run second = run(cacheFile, "1", inputs, across);
        assertEquals(2, first.cache().linted());
        assertEquals(2, second.cache().linted());
        assertEquals(0, first.cache().replayed() + second.cache().replayed());
        assertEquals(1, second.result().files().get(1).findings().size(), "the cross-document finding, every run");
        assertFalse(Files.exists(cacheFile), "nothing to keep");
    }

    @Test
    void aResultWithAnErrorIsNotKept() throws Exception {
        RuleRegistry crashing = RuleRegistry.of(List.of(new Rule() {
            @Override
            public RuleMetadata metadata() {
                return RuleMetadata.builder("crash").build();
            }

            @Override
            public void check(RuleContext context) {
                throw new IllegalStateException("boom");
            }
        }));
        FileSettings settings = FileSettings.of(RuleSet.of(crashing, Preset.ALL, Map.of()));
        List<SourceInput> inputs = List.of(write("a.txt", "x\n"));
        Path cacheFile = dir.resolve("cache");
        run(cacheFile, "1", inputs, settings);
        Run second = run(cacheFile, "1", inputs, settings);
        assertEquals(0, second.cache().replayed(), "a rule crash is retried, never replayed");
        assertTrue(second.result().files().get(0).hasErrors());
    }

    @Test
    void damagedFilesAreDiscardedWithAReasonAndNeverThrow() throws Exception {
        List<SourceInput> inputs = List.of(write("a.txt", "oops\n"));
        Path cacheFile = dir.resolve("cache");
        run(cacheFile, "1", inputs, DEFAULT);
        String good = Files.readString(cacheFile);
        Map<String, String> damaged = Map.of(
                "{", "not a reportlint cache (invalid JSON)",
                "{\"format\":\"eslint\"}", "not a reportlint cache",
                good.replace("\"version\":2", "\"version\":1"), "cache format version 1, this reportlint reads 2",
                good.replace("\"version\":2", "\"version\":\"2\""), "cache format version \"2\", this reportlint reads 2",
                good.replaceFirst("\"words\":\\d+", "\"words\":-1"), "damaged entry (negative word count)",
                good.replaceFirst("\"key\":\"[0-9a-f]+\"", "\"key\":3"), "damaged entry (entry without a key)",
                good.replaceFirst("\"span\":\\[\\d+,\\d+", "\"span\":[5,0"), "damaged entry (invalid position 5 0:1)",
                good.replaceFirst("\"severity\":\"warning\"", "\"severity\":\"fatal\""), "damaged entry (unknown severity)",
                good.replaceFirst("\"excerpt\":\\[", "\"excerpt\":[1,"), "damaged entry (bad excerpt)");
        for (Map.Entry<String, String> text : damaged.entrySet()) {
            Files.writeString(cacheFile, text.getKey());
            LintCache cache = LintCache.open(cacheFile, "1");
            assertEquals(Optional.of(text.getValue()), cache.discarded(), text.getKey());
            LintResult result = new Linter(null, cache).lint(inputs, input -> DEFAULT.rules(), 1);
            assertEquals(1, cache.linted());
            assertEquals(1, result.files().get(0).findings().size());
            assertEquals(Optional.empty(), cache.save());
            assertEquals(Optional.empty(), LintCache.open(cacheFile, "1").discarded(), "rebuilt");
        }
        Files.writeString(cacheFile, "");
        assertEquals(Optional.empty(), LintCache.open(cacheFile, "1").discarded(), "an empty file is an empty cache");
        Files.delete(cacheFile);
        Files.createDirectory(cacheFile);
        assertEquals(Optional.of("is a directory"), LintCache.open(cacheFile, "1").discarded());
    }

    @Test
    void anUnwritableLocationIsAReasonNotAFailure() throws Exception {
        List<SourceInput> inputs = List.of(write("a.txt", "oops\n"));
        Files.writeString(dir.resolve("file"), "x");
        LintCache cache = LintCache.open(dir.resolve("file/cache"), "1");
        new Linter(null, cache).lint(inputs, input -> DEFAULT.rules(), 1);
        assertTrue(cache.save().isPresent());
    }

    @Test
    void nothingChangedWritesNothing() throws Exception {
        List<SourceInput> inputs = List.of(write("a.txt", "oops\n"));
        Path cacheFile = dir.resolve("cache");
        run(cacheFile, "1", inputs, DEFAULT);
        Files.writeString(cacheFile, Files.readString(cacheFile) + " ");
        run(cacheFile, "1", inputs, DEFAULT);
        assertTrue(Files.readString(cacheFile).endsWith(" "), "all replayed, nothing pruned: left as it was");
    }

    @Test
    void theLocationIsTheDefaultAFileOrInsideAFolder() throws Exception {
        assertEquals(dir.resolve(".reportlintcache"), LintCache.locate(dir, Optional.empty()));
        assertEquals(dir.resolve("x/c.json"), LintCache.locate(dir, Optional.of("x/c.json")));
        assertEquals(dir.resolve("new/.reportlintcache"), LintCache.locate(dir, Optional.of("new/")));
        Files.createDirectory(dir.resolve("old"));
        assertEquals(dir.resolve("old/.reportlintcache"), LintCache.locate(dir, Optional.of("old")));
    }
}
