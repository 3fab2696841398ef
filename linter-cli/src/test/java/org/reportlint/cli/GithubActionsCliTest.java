package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a GitHub Actions step: annotations on standard output and the job summary added to the step's summary file. */
class GithubActionsCliTest {
    @TempDir
    Path dir;

    @Test
    void withGithubAnnotationsTheSummaryIsAddedToTheStepSummaryFile() throws Exception {
        Path summary = dir.resolve("step-summary.md");
        Files.writeString(summary, "Earlier output of this step.\n");
        CliRun cli = CliRun.in(dir).testRulesOnly().variables(Map.of("GITHUB_STEP_SUMMARY", summary.toString()))
                .file("docs/a.html", "<p>oops oops</p>\n").file("docs/b.html", "<p>oops</p>\n")
                .file("docs/c.html", "<p>fine</p>\n");
        CliRun.Result result = cli.run("-f", "github", "--rule", "test-oops=warning", "docs");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("::warning file=docs/a.html,line=1,col=4"), result.out());
        assertEquals("""
                Earlier output of this step.
                ## reportlint

                **Score 84/100** overall (0-100 by findings per 500 words; see `docs/scoring.md`).

                **3 problems** (0 errors, 3 warnings, 0 infos) in 2 of 3 files; 3 fixable with `--fix`.

                | Rule | Errors | Warnings | Infos | Files |
                |---|---:|---:|---:|---:|
                | `test-oops` | 0 | 3 | 0 | 2 |

                ### Documents, worst first

                | Score | Document | Errors | Warnings | Infos |
                |---:|---|---:|---:|---:|
                | 74 | `docs/a.html` | 0 | 2 | 0 |
                | 86 | `docs/b.html` | 0 | 1 | 0 |

                ### Worst findings

                - warning [docs/a.html:1](docs/a.html#L1) `test-oops`: Word "oops" in text
                - warning [docs/a.html:1](docs/a.html#L1) `test-oops`: Word "oops" in text
                - warning [docs/b.html:1](docs/b.html#L1) `test-oops`: Word "oops" in text

                Reproduce locally:

                ```
                reportlint --rule test-oops=warning docs
                ```
                """, Files.readString(summary));
    }

    @Test
    void withoutGithubAnnotationsOrTheVariableNoSummaryIsWritten() throws Exception {
        Path summary = dir.resolve("step-summary.md");
        CliRun cli = CliRun.in(dir).testRulesOnly().variables(Map.of("GITHUB_STEP_SUMMARY", summary.toString()))
                .file("a.html", "<p>oops</p>\n");
        cli.run("-f", "json", "a.html");
        assertFalse(Files.exists(summary), "json alone writes no job summary");
        CliRun.in(dir).testRulesOnly().run("-f", "github", "a.html");
        assertFalse(Files.exists(summary), "no variable, no summary");
    }

    @Test
    void theCommandToReproduceStillPrintsTheFindingsWhenTheOtherFormatsGoToFiles() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>oops</p>\n");
        String summary = cli.run("-f", "markdown", "-f", "sarif=r.sarif", "a.html").out();
        assertTrue(summary.contains("\nreportlint -f text -f sarif=r.sarif a.html\n"), summary);
        summary = cli.run("-f", "markdown=s.md", "-f", "sarif=r.sarif", "-f", "json", "a.html").out();
        assertTrue(Files.readString(dir.resolve("s.md")).contains("\nreportlint -f sarif=r.sarif -f json a.html\n"));
    }

    @Test
    void theMarkdownFormatCanBeWrittenAnywhere() throws Exception {
        CliRun cli = CliRun.in(dir).testRulesOnly().file("a.html", "<p>fine</p>\n");
        CliRun.Result result = cli.run("-f", "markdown", "a.html");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("## reportlint\n\n**Score 100/100** overall (0-100 by findings per 500 words; see "
                + "`docs/scoring.md`).\n\nNo problems found in 1 file.\n\nReproduce locally:\n\n```\n"
                + "reportlint a.html\n```\n", result.out());
    }
}
