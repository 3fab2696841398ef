package org.reportlint.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportlint.core.source.SourceInput;

/**
 * The walk must choose the files git chooses: each case is a set of ignore files and of files, and the walk's files
 * are compared with what the real {@code git ls-files --others --exclude-standard} lists (hidden paths left out on
 * both sides, as the walk skips them on purpose). Skipped where no git is installed.
 */
class GitIgnoreAgainstGitTest {
    @TempDir
    Path repo;

    @BeforeAll
    static void needsGit() {
        assumeTrue(Git.available(), "git is not installed");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a name matches at any depth", Map.of(".gitignore", "*.log\n"),
                        List.of("a.log", "d/b.log", "d/c.html")),
                Arguments.of("a leading slash anchors", Map.of(".gitignore", "/top.html\n"),
                        List.of("top.html", "d/top.html")),
                Arguments.of("a middle slash anchors", Map.of(".gitignore", "d/x.html\n"),
                        List.of("d/x.html", "e/d/x.html")),
                Arguments.of("a trailing slash matches folders only", Map.of(".gitignore", "d/\n"),
                        List.of("d/x.html", "e/d", "f/d/y.html")),
                Arguments.of("negation re-includes", Map.of(".gitignore", "*.html\n!keep.html\n"),
                        List.of("a.html", "keep.html", "d/keep.html", "d/b.html")),
                Arguments.of("nothing inside an ignored folder comes back",
                        Map.of(".gitignore", "logs/\n!logs/keep.html\n!keep.html\n"),
                        List.of("logs/keep.html", "logs/a.html", "logs/deep/keep.html", "other.html")),
                Arguments.of("the folder's contents ignored, one re-included",
                        Map.of(".gitignore", "logs/*\n!logs/keep.html\n"),
                        List.of("logs/keep.html", "logs/a.html", "logs/sub/keep.html")),
                Arguments.of("double stars", Map.of(".gitignore", "**/tmp\na/**/b.html\ndocs/**\n"),
                        List.of("tmp/x.html", "q/tmp/y.html", "a/b.html", "a/x/y/b.html", "docs/z.html",
                                "docs/d/z.html", "docsx/z.html", "x/a/b.html")),
                Arguments.of("double stars inside a name are one star", Map.of(".gitignore", "a**b.html\n"),
                        List.of("ab.html", "a-x-b.html", "a/x/b.html", "d/aqb.html")),
                Arguments.of("a trailing /** keeps the folder itself", Map.of(".gitignore", "out/**\n!out/keep/\n"),
                        List.of("out/a.html", "out/keep/b.html")),
                Arguments.of("escaped # and !", Map.of(".gitignore", "\\#hash.html\n\\!bang.html\n# comment.html\n"),
                        List.of("#hash.html", "!bang.html", "# comment.html", "comment.html")),
                Arguments.of("trailing spaces", Map.of(".gitignore", "space.html   \nsp\\ \n"),
                        List.of("space.html", "sp ", "sp", "space.html ")),
                Arguments.of("character classes", Map.of(".gitignore", "file[0-9].html\n[!a]x.html\nbad[.html\n"
                                + "[[:upper:]]*.md\n"),
                        List.of("file1.html", "fileA.html", "ax.html", "bx.html", "bad[.html", "Up.md", "low.md")),
                Arguments.of("braces are literal", Map.of(".gitignore", "{a,b}.html\n"),
                        List.of("a.html", "b.html", "{a,b}.html")),
                Arguments.of("question mark is one character", Map.of(".gitignore", "?.html\n"),
                        List.of("a.html", "ab.html", "d/c.html")),
                Arguments.of("a deeper file overrides", Map.of(".gitignore", "*.html\n", "sub/.gitignore", "!*.html\n"),
                        List.of("a.html", "sub/b.html", "sub/deep/c.html")),
                Arguments.of("patterns are relative to their file",
                        Map.of("sub/.gitignore", "x/y.html\n/z.html\n"),
                        List.of("sub/x/y.html", "x/y.html", "sub/z.html", "sub/q/z.html", "z.html")),
                Arguments.of("a deeper file cannot re-include inside a folder ignored above",
                        Map.of(".gitignore", "build/\n", "build/.gitignore", "!*.html\n"),
                        List.of("build/a.html", "b.html")),
                Arguments.of("info/exclude is the weakest", Map.of(".git/info/exclude", "*.html\nexcluded.md\n",
                                ".gitignore", "!keep.html\n"),
                        List.of("a.html", "keep.html", "excluded.md", "kept.md")),
                Arguments.of("CRLF line ends", Map.of(".gitignore", "a.html\r\nb.html\r\n"),
                        List.of("a.html", "b.html", "c.html")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWalkChoosesWhatGitChooses(String name, Map<String, String> ignores, List<String> files)
            throws Exception {
        Git.init(repo);
        for (Map.Entry<String, String> ignore : ignores.entrySet()) {
            write(ignore.getKey(), ignore.getValue());
        }
        for (String file : files) {
            write(file, "text");
        }
        assertEquals(Git.untracked(repo), walk(repo), name + " " + ignores);
    }

    @Test
    void aWalkBelowTheRootAppliesTheIgnoreFilesAbove() throws Exception {
        Git.init(repo);
        write(".git/info/exclude", "excluded.html\n");
        write(".gitignore", "*.log\n/sub/skip.html\nsub/deeper/\n");
        write("sub/.gitignore", "!kept.log\n");
        for (String file : List.of("sub/a.html", "sub/b.log", "sub/kept.log", "sub/skip.html", "sub/excluded.html",
                "sub/deeper/c.html", "sub/inner/skip.html", "sub/inner/d.log")) {
            write(file, "text");
        }
        Path sub = repo.resolve("sub");
        List<String> walked = walk(sub);
        assertEquals(Git.untracked(sub), walked);
        assertEquals(List.of("a.html", "inner/skip.html", "kept.log"), walked);
    }

    @Test
    void aWorktreeSharesTheMainCloneInfoExclude() throws Exception {
        Path main = repo.resolve("main");
        Files.createDirectories(main);
        Git.init(main);
        Git.run(main, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty",
                "-m", "start");
        Git.run(main, "worktree", "add", "-q", "../tree");
        Path tree = repo.resolve("tree");
        assumeTrue(Files.isRegularFile(tree.resolve(".git")), "git made no worktree");
        Files.writeString(main.resolve(".git/info/exclude"), "drafts/\n");
        Files.createDirectories(tree.resolve("drafts"));
        Files.writeString(tree.resolve("drafts/a.html"), "text");
        Files.writeString(tree.resolve("b.html"), "text");
        assertEquals(Git.untracked(tree), walk(tree));
        assertEquals(List.of("b.html"), walk(tree));
    }

    private void write(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Every file the walk of {@code folder} lints, whatever its extension, relative to it. */
    private static List<String> walk(Path folder) throws Exception {
        return new FileCollector(folder, List.of("**"), List.of()).collect(List.of(".")).inputs().stream()
                .map(SourceInput::path).sorted().toList();
    }

    /** The real git, isolated from the user's and the system's configuration. */
    static final class Git {
        private Git() {
        }

        static boolean available() {
            try {
                return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
            } catch (IOException | InterruptedException missing) {
                return false;
            }
        }

        static void init(Path folder) throws Exception {
            run(folder, "init", "-q", ".");
        }

        /** The untracked files git does not ignore, relative to {@code folder}, hidden ones left out. */
        static List<String> untracked(Path folder) throws Exception {
            String out = run(folder, "ls-files", "-z", "--others", "--exclude-standard");
            return Arrays.stream(out.split("\0")).filter(path -> !path.isEmpty())
                    .filter(path -> Arrays.stream(path.split("/")).noneMatch(part -> part.startsWith(".")))
                    .sorted().toList();
        }

        static String run(Path folder, String... args) throws Exception {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "core.excludesFile="
                    + folder.resolve("no-such-excludes-file"), "-c", "core.quotePath=false"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
            builder.environment().put("HOME", folder.toString());
            builder.redirectErrorStream(true);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        }
    }
}
