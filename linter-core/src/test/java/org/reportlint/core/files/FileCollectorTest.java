package org.reportlint.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.source.SourceInput;

class FileCollectorTest {
    @TempDir
    Path base;

    private FileCollector collector() {
        return new FileCollector(base, FileCollector.DEFAULT_INCLUDES, FileCollector.DEFAULT_EXCLUDES);
    }

    private List<String> collect(String... paths) throws Exception {
        return collector().collect(List.of(paths)).inputs().stream().map(SourceInput::path).toList();
    }

    private void write(String relative) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text");
    }

    @Test
    void walksFoldersRecursivelyInPathOrderWithDefaultIncludes() throws Exception {
        for (String name : List.of("reports/b.html", "reports/a.md", "reports/sub/c.txt", "reports/x.htm",
                "reports/image.png", "reports/data.json", "reports/z.xhtml", "reports/m.markdown")) {
            write(name);
        }
        assertEquals(List.of("reports/a.md", "reports/b.html", "reports/m.markdown", "reports/sub/c.txt",
                "reports/x.htm", "reports/z.xhtml"), collect("reports"));
        assertEquals(List.of("reports/a.md", "reports/b.html", "reports/m.markdown", "reports/sub/c.txt",
                "reports/x.htm", "reports/z.xhtml"), collect("reports/"));
    }

    @Test
    void theCurrentFolderGivesPathsWithoutPrefix() throws Exception {
        write("a.html");
        write("sub/b.html");
        assertEquals(List.of("a.html", "sub/b.html"), collect("."));
        assertEquals(List.of("a.html", "sub/b.html"), collect("./"));
        assertEquals(List.of("./sub/b.html"), collect("./sub"));
    }

    @Test
    void aFileArgumentIsLintedWhateverItsExtension() throws Exception {
        write("data.json");
        write("a.html");
        assertEquals(List.of("a.html", "data.json"), collect("data.json", "a.html", "a.html"));
    }

    @Test
    void skipsHiddenExcludedAndGitignoredPaths() throws Exception {
        for (String name : List.of("r/.hidden.html", "r/.git/x.html", "r/node_modules/m.html", "r/target/t.html",
                "r/deep/node_modules/m.html", "r/gen/g.html", "r/keep.html", "r/sub/draft.html",
                "r/sub/final.html", "r/sub/only-here.tmp.html")) {
            write(name);
        }
        Files.writeString(base.resolve("r/.gitignore"), "# generated\n/gen/\ndraft.html\n*.tmp.html\n");
        Files.writeString(base.resolve("r/sub/.gitignore"), "!only-here.tmp.html\n");
        assertEquals(List.of("r/keep.html", "r/sub/final.html", "r/sub/only-here.tmp.html"), collect("r"));
    }

    @Test
    void customIncludesAndExcludes() throws Exception {
        write("r/a.html");
        write("r/b.txt");
        write("r/legacy/c.html");
        FileCollector custom = new FileCollector(base, List.of("**/*.html"), List.of("legacy/**"));
        assertEquals(List.of("r/a.html"),
                custom.collect(List.of("r")).inputs().stream().map(SourceInput::path).toList());
    }

    @Test
    void aMissingPathFailsBeforeAnythingIsWalked() throws Exception {
        write("a.html");
        MissingPathException missing = assertThrows(MissingPathException.class,
                () -> collector().collect(List.of("a.html", "nope/x.html")));
        assertEquals("no such file or directory: nope/x.html", missing.getMessage());
        assertEquals("nope/x.html", missing.path());
    }

    private void link(String relative, Path target) {
        try {
            Files.createSymbolicLink(base.resolve(relative), target);
        } catch (UnsupportedOperationException | IOException noLinks) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }

    @Test
    void followsLinksInsideTheTreeButNotRoundLoops() throws Exception {
        write("r/a.html");
        write("r/sub/b.html");
        link("r/loop", base.resolve("r"));
        link("r/inside", base.resolve("r/sub"));
        link("r/dangling.html", base.resolve("r/missing.html"));
        // The dangling link is kept so that linting reports it as unreadable.
        assertEquals(List.of("r/a.html", "r/dangling.html", "r/inside/b.html", "r/sub/b.html"), collect("r"));
    }

    @Test
    void aLinkToAFolderOutsideTheWalkedTreeIsSkippedWithANoticeUnlessAsked() throws Exception {
        write("r/a.html");
        write("elsewhere/b.html");
        link("r/linked", base.resolve("elsewhere"));
        link("r/root", Path.of("/"));
        CollectedFiles collected = collector().collect(List.of("r"));
        assertEquals(List.of("r/a.html"), collected.inputs().stream().map(SourceInput::path).toList());
        assertEquals(List.of(new CollectedFiles.SkippedPath("r/linked", FileCollector.OUTSIDE_LINK),
                new CollectedFiles.SkippedPath("r/root", FileCollector.OUTSIDE_LINK)), collected.skipped());
        FileCollector following = new FileCollector(base, FileCollector.DEFAULT_INCLUDES,
                FileCollector.DEFAULT_EXCLUDES, true);
        CollectedFiles asked = following.collect(List.of("r/a.html", "r/linked"));
        assertEquals(List.of("r/a.html", "r/linked/b.html"), asked.inputs().stream().map(SourceInput::path).toList());
        // The user named the link: that is asking for it.
        assertEquals(List.of("r/linked/b.html"), collect("r/linked"));
    }

    @Test
    void aFifoOrADeviceNamedAsAPathIsAFailureOfThatPathAlone() throws Exception {
        write("a.html");
        Path fifo = base.resolve("pipe.html");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException noMkfifo) {
            made = -1;
        }
        assumeTrue(made == 0 && Files.exists(Path.of("/dev/null")), "needs mkfifo and /dev/null");
        CollectedFiles collected = collector().collect(List.of("a.html", "pipe.html", "/dev/null"));
        assertEquals(List.of("a.html"), collected.inputs().stream().map(SourceInput::path).toList());
        assertEquals(List.of(new CollectedFiles.PathFailure("pipe.html", SourceInput.NOT_A_REGULAR_FILE),
                new CollectedFiles.PathFailure("/dev/null", SourceInput.NOT_A_REGULAR_FILE)), collected.failures());
    }

    @Test
    void filesFoundWalkingAreMarkedSoThatOnlyTheyMayBeSkippedAsBinary() throws Exception {
        write("r/a.html");
        List<SourceInput> walked = collector().collect(List.of("r")).inputs();
        List<SourceInput> named = collector().collect(List.of("r/a.html")).inputs();
        assertEquals(List.of(true), walked.stream().map(SourceInput::foundByWalk).toList());
        assertEquals(List.of(false), named.stream().map(SourceInput::foundByWalk).toList());
    }
}
