package org.reportlint.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.Summary;

/**
 * The one-line texts the goal writes to the build log: a finding each, the run's summary, and why it failed.
 *
 * <p>Pure functions. Document text is made printable first, because a build log is read on terminals and in CI
 * pages where a control character could rewrite what is shown.
 */
final class LogLines {

    private LogLines() {
    }

    /** {@code path:line:col: severity: message [rule]}, the shape compilers use, so IDEs and CI link to the spot. */
    static String finding(String path, Finding finding) {
        return printable(path) + ":" + finding.span().start().line() + ":" + finding.span().start().column() + ": "
                + finding.severity().id() + ": " + printable(finding.message()) + " [" + finding.rule() + "]";
    }

    /** A problem with a whole file, such as {@code cannot read: permission denied}. */
    static String fileMessage(String path, String message) {
        return printable(path) + ": " + printable(message);
    }

    /**
     * {@code reportlint: 3 errors, 1 warning in 2 files} (the files that have findings), or
     * {@code reportlint: no problems in 5 files} (the files looked at); files that could not be linted are added.
     */
    static String summary(LintResult result) {
        Summary summary = result.summary();
        StringBuilder line = new StringBuilder("reportlint: ");
        if (summary.findings() == 0) {
            line.append("no problems in ").append(count(summary.files(), "file", "files"));
        } else {
            List<String> counts = new ArrayList<>();
            addCount(counts, summary.errors(), "error", "errors");
            addCount(counts, summary.warnings(), "warning", "warnings");
            addCount(counts, summary.infos(), "info", "infos");
            long withFindings = result.files().stream().filter(f -> !f.findings().isEmpty()).count();
            line.append(String.join(", ", counts)).append(" in ")
                    .append(count((int) withFindings, "file", "files"));
        }
        long incomplete = result.files().stream().filter(FileResult::hasErrors).count();
        if (incomplete > 0) {
            line.append("; ").append(count((int) incomplete, "file", "files")).append(" could not be linted");
        }
        return line.toString();
    }

    /** Which part of the fail policy the findings broke, so the reader knows what to fix or to configure. */
    static String failureReason(Summary summary, FailPolicy policy) {
        if (policy.maxWarnings() >= 0 && summary.warnings() > policy.maxWarnings()) {
            return "reportlint: " + count(summary.warnings(), "warning", "warnings") + " where maxWarnings allows "
                    + policy.maxWarnings();
        }
        String level = policy.failOn().map(severity -> severity.id()).orElse("never");
        return "reportlint: failOn is " + level + " and findings at that level or above were reported";
    }

    /**
     * The reason a run was incomplete, naming the first file that could not be linted and why, and how many more
     * there were; empty when every file was linted.
     */
    static Optional<String> incomplete(LintResult result) {
        List<FileResult> failed = result.files().stream().filter(FileResult::hasErrors).toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        FileResult first = failed.get(0);
        String reason = first.errors().isEmpty()
                ? first.findings().stream().filter(f -> f.rule().equals(EngineRules.INTERNAL_ERROR))
                        .map(Finding::message).findFirst().orElse("a rule failed")
                : first.errors().get(0);
        String more = failed.size() > 1 ? " (and " + count(failed.size() - 1, "more file", "more files") + ")" : "";
        return Optional.of("reportlint: could not lint " + fileMessage(first.path(), reason) + more);
    }

    private static void addCount(List<String> counts, int n, String one, String many) {
        if (n > 0) {
            counts.add(count(n, one, many));
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * Replaces control characters and bidirectional overrides with visible stand-ins; a tab stays a tab. The core's
     * terminal formatter does the same for its own output.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(c);
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c)); // the Unicode "control picture", e.g. U+240A for a line feed
            } else if (c == 0x7f) {
                out.append('\u2421');
            } else if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
