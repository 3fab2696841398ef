package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files the command line lints, as a user sets it up: a repository's ignore files apply from any subfolder,
 * a nested config chooses the files of its own folder, and a config with a broken glob stops the run.
 */
class FileSelectionCliTest {
    @TempDir
    Path repo;

    private void write(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** The files of a {@code -f compact} run's findings, in order, without repeats. */
    private static List<String> files(CliRun.Result result) {
        return result.out().lines().map(line -> line.substring(0, line.indexOf(':'))).distinct().toList();
    }

    @Test
    void theRootGitignoreAndInfoExcludeApplyInASubfolder() throws Exception {
        Files.createDirectories(repo.resolve(".git/info"));
        write(".git/info/exclude", "scratch.html\n");
        write(".gitignore", "generated/\n/reports/old.html\n*.tmp.html\n");
        write("reports/.gitignore", "!keep.tmp.html\n");
        for (String name : List.of("reports/a.html", "reports/old.html", "reports/scratch.html",
                "reports/generated/b.html", "reports/c.tmp.html", "reports/keep.tmp.html", "reports/deep/old.html")) {
            write(name, "<p>oops</p>\n");
        }
        CliRun inReports = CliRun.in(repo.resolve("reports")).testRulesOnly();
        CliRun.Result result = inReports.run("-f", "compact");
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("a.html", "deep/old.html", "keep.tmp.html"), files(result));
        // A file named on the command line is linted even when ignored, as git-style tools do.
        CliRun.Result named = inReports.run("-f", "compact", "old.html", "generated/b.html");
        assertEquals(List.of("generated/b.html", "old.html"), files(named));
        // So is a folder named on the command line; the ignore files still apply below it.
        write("reports/generated/c.tmp.html", "<p>oops</p>\n");
        assertEquals(List.of("generated/b.html"), files(inReports.run("-f", "compact", "generated")));
    }

    @Test
    void aNestedConfigIncludesAndExcludesInItsOwnFolder() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"include\": [\"**/*.html\"], \"exclude\": [\"drafts/**\"]}");
        write("team/.reportlint.json", "{\"include\": [\"*.md\", \"pages/*.txt\"], \"exclude\": [\"notes/**\"]}");
        for (String name : List.of("a.html", "drafts/b.html", "a.md", "team/c.md", "team/c.html",
                "team/pages/d.txt", "team/deep/pages/e.txt", "team/notes/f.md", "team/drafts/g.md")) {
            write(name, name.endsWith("html") ? "<p>oops</p>\n" : "oops\n");
        }
        CliRun cli = CliRun.in(repo).testRulesOnly();
        CliRun.Result result = cli.run("-f", "compact");
        assertEquals(1, result.exitCode(), result.err());
        // team/ has its own include and exclude, relative to team/: the root's drafts/** no longer applies there.
        assertEquals(List.of("a.html", "team/c.md", "team/drafts/g.md", "team/pages/d.txt"), files(result));
        CliRun.Result fromTeam = cli.run("-f", "compact", "team");
        assertEquals(List.of("team/c.md", "team/drafts/g.md", "team/pages/d.txt"), files(fromTeam));
    }

    @Test
    void anInvalidGlobInAConfigIsAConfigurationErrorWithItsPosition() throws Exception {
        write(".reportlint.json", "{\n  \"root\": true,\n  \"include\": [\"**/*.html\", \"reports/[draft.html\"]\n}\n");
        write("a.html", "<p>oops</p>\n");
        CliRun.Result result = CliRun.in(repo).testRulesOnly().run();
        assertEquals(2, result.exitCode(), result.err());
        assertEquals("reportlint: .reportlint.json:3:28: invalid glob \"reports/[draft.html\" in \"include\": "
                + "unclosed [ at character 9\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void anInvalidGlobInANestedConfigOrAnOverrideStopsTheRunToo() throws Exception {
        write(".reportlint.json", "{\"root\": true}");
        write("team/.reportlint.json", "{\"overrides\": [{\"files\": \"*.{html,md\", \"rules\": {}}]}");
        write("team/a.html", "<p>oops</p>\n");
        CliRun.Result result = CliRun.in(repo).testRulesOnly().run();
        assertEquals(2, result.exitCode(), result.err());
        assertEquals("reportlint: team/.reportlint.json:1:26: invalid glob \"*.{html,md\" in \"files\": unclosed { "
                + "(1 left open)\n", result.err());
    }

    @Test
    void theUnmatchedMessageIsTheCoreOneWithTheFlagOfTheCommandLine() throws Exception {
        write(".reportlint.json", "{\"root\": true, \"include\": [\"**/*.htm\"]}");
        write("reports/a.html", "<p>oops</p>\n");
        CliRun.Result result = CliRun.in(repo).testRulesOnly().run("reports");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("reportlint: nothing to lint in \"reports\": no file there matches the "
                + "include globs (**/*.htm); pass --no-error-on-unmatched-pattern to allow it"), result.err());
    }
}
