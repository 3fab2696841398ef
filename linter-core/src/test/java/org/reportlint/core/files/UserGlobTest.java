package org.reportlint.core.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserGlobTest {

    @Test
    void doubleStarSpansFolders() {
        assertTrue(Glob.of("**/*.html").matches("a.html"));
        assertTrue(Glob.of("**/*.html").matches("x/y/a.html"));
        assertTrue(Glob.of("legacy/**").matches("legacy/a/b.md"));
        assertFalse(Glob.of("legacy/**").matches("new/legacy.md"));
        assertTrue(Glob.of("**/node_modules/**").matches("a/node_modules/b/c.html"));
    }

    @Test
    void singleStarStaysInOneFolder() {
        assertTrue(Glob.of("reports/*.html").matches("reports/a.html"));
        assertFalse(Glob.of("reports/*.html").matches("reports/x/a.html"));
    }

    @Test
    void bareNamesMatchInAnyFolderAndBracesChoose() {
        assertTrue(Glob.of("*.md").matches("deep/notes.md"));
        assertTrue(Glob.of("**/*.{html,htm}").matches("a/b.htm"));
        assertFalse(Glob.of("**/*.{html,htm}").matches("a/b.txt"));
        assertTrue(Glob.of("./docs/?.txt").matches("docs/a.txt"));
    }
}
