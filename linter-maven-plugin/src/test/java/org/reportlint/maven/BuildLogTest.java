package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reportlint.maven.Results.file;
import static org.reportlint.maven.Results.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class BuildLogTest {

    @Test
    void eachFindingGoesToTheLevelOfItsSeverityInPathAndLineOrder() {
        LintResult result = LintResult.of(List.of(
                file("b.html", finding("r", Severity.INFO, 2, 1, "third")),
                file("a.html", finding("r", Severity.WARNING, 9, 4, "second"),
                        finding("r", Severity.ERROR, 1, 2, "first")),
                FileResult.unreadable("c.html", "cannot read: permission denied"),
                new FileResult("d.pdf", Optional.empty(), List.of(), List.of(), List.of("skipped binary file"), 0)));
        RecordingLog log = new RecordingLog();
        BuildLog.write(result, log, true);
        assertEquals(List.of(
                "[ERROR] a.html:1:2: error: first [r]",
                "[WARNING] a.html:9:4: warning: second [r]",
                "[INFO] b.html:2:1: info: third [r]",
                "[ERROR] c.html: cannot read: permission denied",
                "[INFO] d.pdf: skipped binary file",
                "[ERROR] reportlint: r: 1 error, 1 warning, 1 info"), log.lines);
    }

    @Test
    void withoutConsoleOutputOnlyTheCountsPerRuleAndWhatCouldNotBeLintedAreLogged() {
        LintResult result = LintResult.of(List.of(
                file("a.html", finding("placeholder", Severity.ERROR, 1, 2, "first"),
                        finding("encoding", Severity.WARNING, 3, 1, "second")),
                file("b.html", finding("encoding", Severity.WARNING, 2, 1, "third"),
                        finding("style", Severity.INFO, 4, 1, "fourth")),
                FileResult.unreadable("c.html", "cannot read: permission denied")));
        RecordingLog log = new RecordingLog();
        BuildLog.write(result, log, false);
        assertEquals(List.of(
                "[ERROR] c.html: cannot read: permission denied",
                "[ERROR] reportlint: placeholder: 1 error",
                "[WARNING] reportlint: encoding: 2 warnings",
                "[INFO] reportlint: style: 1 info"), log.lines);
    }

    /** Keeps what was logged, each line prefixed with its level as Maven prints it. */
    private static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(CharSequence content) {
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
        }

        @Override
        public void debug(Throwable error) {
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void info(CharSequence content, Throwable error) {
            info(content);
        }

        @Override
        public void info(Throwable error) {
            info(error.toString());
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            warn(content);
        }

        @Override
        public void warn(Throwable error) {
            warn(error.toString());
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            error(content);
        }

        @Override
        public void error(Throwable error) {
            error(error.toString());
        }
    }
}
