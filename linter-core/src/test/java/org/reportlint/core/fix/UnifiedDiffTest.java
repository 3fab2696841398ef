package org.reportlint.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a.txt", "same\n", "same\n"));
    }

    @Test
    void oneChangedLineWithContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4x\n5\n6\n7\n8\n";
        assertEquals("--- a/a.txt\n+++ b/a.txt\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+4x\n 5\n 6\n 7\n",
                UnifiedDiff.of("a.txt", before, after));
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append(i).append('\n');
        }
        String after = before.toString().replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");
        String diff = UnifiedDiff.of("f", before.toString(), after);
        assertEquals(2, diff.split("@@ -").length - 1, diff);
        assertEquals(true, diff.contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"), diff);
        assertEquals(true, diff.contains("@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n"), diff);
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertEquals("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n",
                UnifiedDiff.of("f", "a", "b"));
    }

    @Test
    void deletedLines() {
        assertEquals("--- a/f\n+++ b/f\n@@ -1,3 +1,2 @@\n a\n-b\n c\n", UnifiedDiff.of("f", "a\nb\nc\n", "a\nc\n"));
    }

    @Test
    void controlCharactersAndBidiOverridesAreShownNotObeyed() {
        assertEquals("--- a/x\u241b.txt\n+++ b/x\u241b.txt\n@@ -1 +1 @@\n-a\u241b[31m\uFFFDb\u2400\n+a\uFFFDb\tc\n",
                UnifiedDiff.of("x\u001b.txt", "a\u001b[31m\u202Eb\u0000\n", "a\u2067b\tc\n"));
    }
}
