package org.reportlint.core.files;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void doubleStarSlashAlsoMatchesTheTopFolder() {
        Glob glob = Glob.compile("**/*.html");
        assertTrue(glob.matches("a.html"));
        assertTrue(glob.matches("x/y/a.html"));
        assertFalse(glob.matches("a.htm"));
        assertFalse(glob.matches("a.html/b"));
    }

    @Test
    void singleStarStaysInOneSegment() {
        Glob glob = Glob.compile("reports/*.md");
        assertTrue(glob.matches("reports/a.md"));
        assertFalse(glob.matches("reports/x/a.md"));
        assertFalse(glob.matches("other/a.md"));
    }

    @Test
    void trailingDoubleStarMatchesTheFolderAndEverythingIn() {
        Glob glob = Glob.compile("**/node_modules/**");
        assertTrue(glob.matches("node_modules/"));
        assertTrue(glob.matches("node_modules/a/b.html"));
        assertTrue(glob.matches("x/node_modules/b.html"));
        assertFalse(glob.matches("my_node_modules/b.html"));
    }

    @Test
    void questionMarksClassesAlternativesAndEscapes() {
        assertTrue(Glob.compile("a?.txt").matches("ab.txt"));
        assertFalse(Glob.compile("a?.txt").matches("a/.txt"));
        assertTrue(Glob.compile("[ab]*.txt").matches("b1.txt"));
        assertFalse(Glob.compile("[!ab]*.txt").matches("b1.txt"));
        assertTrue(Glob.compile("**/*.{html,md}").matches("x/a.md"));
        assertTrue(Glob.compile("a\\*.txt").matches("a*.txt"));
        assertFalse(Glob.compile("a\\*.txt").matches("ab.txt"));
        assertTrue(Glob.compile("a+(b).txt").matches("a+(b).txt"));
    }
}
