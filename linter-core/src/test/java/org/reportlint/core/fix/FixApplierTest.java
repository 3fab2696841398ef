package org.reportlint.core.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;

class FixApplierTest {

    /** Replaces "colour" with "color"; also proposes a fix for "aa" that overlaps the next one, to force passes. */
    static final class SpellingRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("spelling").summary("s").severity(Severity.ERROR).fixable(true).build();
        }

        @Override
        public void check(RuleContext context) {
            String source = context.document().source();
            for (int i = source.indexOf("colour"); i >= 0; i = source.indexOf("colour", i + 1)) {
                context.report(Problem.at(i, i + 6, "British")
                        .withFix(Fix.of(TextEdit.replace(new org.reportlint.core.source.TextRange(i, i + 6), "color"))));
            }
            for (int i = source.indexOf("aa"); i >= 0; i = source.indexOf("aa", i + 1)) {
                context.report(Problem.at(i, i + 2, "double a").withFix(Fix.of(new TextEdit(i, i + 2, "a"))));
            }
        }
    }

    private static final RuleSet RULES = RuleSet.of(RuleRegistry.of(List.of(new SpellingRule())), Preset.ALL, Map.of());

    @Test
    void overlappingFixesWaitForTheNextPass() {
        FileFixer.Outcome outcome = FileFixer.fix(new Linter(), "a.txt", "aaaa colour".getBytes(StandardCharsets.UTF_8), RULES);
        assertEquals("a color", outcome.after());
        assertTrue(outcome.applied() >= 4, "applied " + outcome.applied());
        assertEquals(0, outcome.result().findings().size());
    }

    @Test
    void keepsBomCrLfAndEveryUntouchedByte() {
        byte[] bytes = "\uFEFFline one\r\nthe colour\r\nend".getBytes(StandardCharsets.UTF_8);
        FileFixer.Outcome outcome = FileFixer.fix(new Linter(), "a.txt", bytes, RULES);
        assertArrayEquals("\uFEFFline one\r\nthe color\r\nend".getBytes(StandardCharsets.UTF_8), outcome.fixedBytes().orElseThrow());
    }

    @Test
    void isIdempotent() {
        byte[] once = FileFixer.fix(new Linter(), "a.txt", "colour aa".getBytes(StandardCharsets.UTF_8), RULES)
                .fixedBytes().orElseThrow();
        FileFixer.Outcome twice = FileFixer.fix(new Linter(), "a.txt", once, RULES);
        assertFalse(twice.changed());
    }

    @Test
    void nothingToFixMeansNoBytes() {
        assertFalse(FileFixer.fix(new Linter(), "a.txt", "clean".getBytes(StandardCharsets.UTF_8), RULES).changed());
    }

    @Test
    void filesWithMalformedBytesAreNeverRewritten() {
        byte[] bytes = {'c', 'o', 'l', 'o', 'u', 'r', ' ', (byte) 0xFF};
        FileFixer.Outcome outcome = FileFixer.fix(new Linter(), "a.txt", bytes, RULES);
        assertFalse(outcome.changed());
        assertTrue(outcome.result().notices().get(0).startsWith("not fixed"), outcome.result().notices().toString());
    }

    @Test
    void atomicWriteReplacesContentAndRefusesReadOnlyFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.txt");
        Files.writeString(file, "old");
        AtomicFileWriter.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
        assertTrue(file.toFile().setWritable(false));
        assertThrows(AccessDeniedException.class, () -> AtomicFileWriter.write(file, "lost".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
    }
}
