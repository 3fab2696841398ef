package org.reportlint.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitIgnoreTest {

    @Test
    void unanchoredPatternsMatchAtAnyDepth() {
        GitIgnore ignore = GitIgnore.parse("# build output\n\n*.tmp\ndraft?.html\n");
        assertEquals(Optional.of(true), ignore.ignores("a.tmp", false));
        assertEquals(Optional.of(true), ignore.ignores("x/y/a.tmp", false));
        assertEquals(Optional.of(true), ignore.ignores("x/draft1.html", false));
        assertEquals(Optional.empty(), ignore.ignores("x/draft10.html", false));
    }

    @Test
    void aLeadingOrInnerSlashAnchorsToTheFolder() {
        GitIgnore ignore = GitIgnore.parse("/out.html\ngen/*.html\n");
        assertEquals(Optional.of(true), ignore.ignores("out.html", false));
        assertEquals(Optional.empty(), ignore.ignores("x/out.html", false));
        assertEquals(Optional.of(true), ignore.ignores("gen/a.html", false));
        assertEquals(Optional.empty(), ignore.ignores("x/gen/a.html", false));
    }

    @Test
    void aTrailingSlashMatchesFoldersOnly() {
        GitIgnore ignore = GitIgnore.parse("build/\n");
        assertEquals(Optional.of(true), ignore.ignores("build", true));
        assertEquals(Optional.of(true), ignore.ignores("x/build", true));
        assertEquals(Optional.empty(), ignore.ignores("build", false));
    }

    @Test
    void theLastMatchingPatternWinsAndNegationReincludes() {
        GitIgnore ignore = GitIgnore.parse("*.html\n!keep.html\n");
        assertEquals(Optional.of(true), ignore.ignores("a.html", false));
        assertEquals(Optional.of(false), ignore.ignores("keep.html", false));
        assertEquals(Optional.of(true), GitIgnore.parse("!keep.html\n*.html\n").ignores("keep.html", false));
    }

    @Test
    void doubleStarsAndEscapes() {
        GitIgnore ignore = GitIgnore.parse("docs/**/old.md\n\\#notes.txt\nlogs/**\r\n");
        assertEquals(Optional.of(true), ignore.ignores("docs/old.md", false));
        assertEquals(Optional.of(true), ignore.ignores("docs/a/b/old.md", false));
        assertEquals(Optional.of(true), ignore.ignores("#notes.txt", false));
        assertEquals(Optional.of(true), ignore.ignores("logs/a.txt", false));
        assertEquals(Optional.empty(), ignore.ignores("logs", true));
    }
}
