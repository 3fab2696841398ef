package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --changed-since REF} in a real temporary git repository. */
class ChangedSinceCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    CliRun cli;

    private void git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.test",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
    }

    @BeforeEach
    void repository() throws Exception {
        cli = CliRun.in(dir).testRulesOnly();
        cli.file("r/same.html", "<p>oops</p>\n").file("r/edited.html", "<p>fine</p>\n")
                .file(".gitignore", "ignored/\n");
        git("init", "-q");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        git("tag", "base");
        cli.file("r/edited.html", "<p>oops now</p>\n").file("r/untracked.html", "<p>hmm</p>\n")
                .file("ignored/x.html", "<p>oops</p>\n");
    }

    private List<String> linted(String... args) throws Exception {
        CliRun.Result result = cli.run(args);
        assertTrue(result.exitCode() <= 1, result.err());
        List<String> paths = new ArrayList<>();
        for (JsonNode file : JSON.readTree(result.out()).get("files")) {
            paths.add(file.get("path").textValue());
        }
        return paths;
    }

    @Test
    void lintsOnlyFilesChangedSinceTheRefAndUntrackedOnes() throws Exception {
        assertEquals(List.of("r/edited.html", "r/untracked.html"), linted("-f", "json", "--changed-since", "base", "."));
        assertEquals(List.of("r/edited.html", "r/untracked.html"), linted("-f", "json", "--changed-since", "HEAD", "r"));
        git("add", ".");
        git("commit", "-q", "-m", "second");
        assertEquals(List.of("r/edited.html", "r/untracked.html"), linted("-f", "json", "--changed-since", "base", "."),
                "committed since the ref");
        assertEquals(List.of(), linted("-f", "json", "--changed-since", "HEAD", "."));
    }

    @Test
    void anUnknownRefOrNoRepositoryIsAUsageError() throws Exception {
        CliRun.Result unknown = cli.run("--changed-since", "no-such-branch", ".");
        assertEquals(2, unknown.exitCode());
        assertEquals("reportlint: unknown git ref \"no-such-branch\"\n", unknown.err());
        CliRun.Result notRepo = CliRun.in(elsewhere).testRulesOnly().run("--changed-since", "main", ".");
        assertEquals(2, notRepo.exitCode());
        assertEquals("reportlint: not a git repository (--changed-since needs one)\n", notRepo.err());
    }
}
