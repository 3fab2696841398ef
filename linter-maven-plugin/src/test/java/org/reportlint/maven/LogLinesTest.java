package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reportlint.maven.Results.file;
import static org.reportlint.maven.Results.finding;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class LogLinesTest {

    @Test
    void findingLineHasPathPositionSeverityMessageAndRule() {
        assertEquals("src/reports/a.html:3:17: error: Placeholder \"$xxx\" left in text [placeholder]",
                LogLines.finding("src/reports/a.html",
                        finding("placeholder", Severity.ERROR, 3, 17, "Placeholder \"$xxx\" left in text")));
    }

    @Test
    void controlCharactersInMessagesBecomeVisible() {
        assertEquals("a.txt:1:1: warning: Bad \u241B[31m\u240A text\u2421 \uFFFD [encoding]",
                LogLines.finding("a.txt",
                        finding("encoding", Severity.WARNING, 1, 1, "Bad \u001B[31m\n text\u007F \u202E")));
    }

    @Test
    void summaryCountsFindingsAndTheFilesThatHaveThem() {
        LintResult result = LintResult.of(List.of(
                file("a.html", finding("x", Severity.ERROR, 1, 1, "m"), finding("x", Severity.ERROR, 2, 1, "m"),
                        finding("y", Severity.WARNING, 3, 1, "m")),
                file("b.html", finding("x", Severity.ERROR, 1, 1, "m")),
                file("c.html")));
        assertEquals("reportlint: 3 errors, 1 warning in 2 files", LogLines.summary(result));
    }

    @Test
    void summaryLeavesOutSeveritiesWithoutFindings() {
        LintResult result = LintResult.of(List.of(file("a.md", finding("x", Severity.INFO, 1, 1, "m"),
                finding("x", Severity.INFO, 2, 1, "m"))));
        assertEquals("reportlint: 2 infos in 1 file", LogLines.summary(result));
    }

    @Test
    void cleanSummaryCountsTheFilesLookedAt() {
        assertEquals("reportlint: no problems in 5 files", LogLines.summary(LintResult.of(List.of(
                file("a"), file("b"), file("c"), file("d"), file("e")))));
        assertEquals("reportlint: no problems in 1 file", LogLines.summary(LintResult.of(List.of(file("a")))));
        assertEquals("reportlint: no problems in 0 files", LogLines.summary(LintResult.of(List.of())));
    }

    @Test
    void summaryCountsFilesThatCouldNotBeLinted() {
        LintResult result = LintResult.of(List.of(file("a.html"),
                FileResult.unreadable("b.html", "cannot read: permission denied")));
        assertEquals("reportlint: no problems in 2 files; 1 file could not be linted", LogLines.summary(result));
    }

    @Test
    void failureReasonNamesTheBrokenLimit() {
        LintResult warnings = LintResult.of(List.of(file("a", finding("x", Severity.WARNING, 1, 1, "m"),
                finding("x", Severity.WARNING, 2, 1, "m"))));
        assertEquals("reportlint: 2 warnings where maxWarnings allows 1",
                LogLines.failureReason(warnings.summary(), new FailPolicy(Optional.of(Severity.ERROR), 1)));
        assertEquals("reportlint: failOn is warning and findings at that level or above were reported",
                LogLines.failureReason(warnings.summary(), new FailPolicy(Optional.of(Severity.WARNING), -1)));
    }

    @Test
    void incompleteNamesTheFirstUnreadableFileAndHowManyMore() {
        LintResult result = LintResult.of(List.of(file("a.html"),
                FileResult.unreadable("c.html", "cannot read: no such file"),
                FileResult.unreadable("b.html", "cannot read: permission denied")));
        assertEquals(Optional.of("reportlint: could not lint b.html: cannot read: permission denied (and 1 more file)"),
                LogLines.incomplete(result));
        assertEquals(Optional.empty(), LogLines.incomplete(LintResult.of(List.of(file("a.html")))));
    }

    @Test
    void incompleteNamesAFailedRule() {
        LintResult result = LintResult.of(List.of(file("a.html",
                finding("internal-error", Severity.ERROR, 1, 1, "Rule \"x\" failed: boom"))));
        assertEquals(Optional.of("reportlint: could not lint a.html: Rule \"x\" failed: boom"),
                LogLines.incomplete(result));
    }
}
