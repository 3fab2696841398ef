package org.reportlint.maven;

import org.apache.maven.plugin.logging.Log;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;

/**
 * Writes every finding of a run to the Maven build log, one line each at its own level (errors as errors, warnings
 * as warnings, infos as infos), so they are there whatever report files were asked for and before the build fails.
 */
final class BuildLog {

    private BuildLog() {
    }

    /**
     * Writes each file's problems in path order: first what stopped it being linted, then notices, then findings;
     * then the count of findings per rule. Without {@code everyFinding}, only what stopped a file being linted (the
     * reason a build fails that way) and the counts.
     */
    static void write(LintResult result, Log log, boolean everyFinding) {
        for (FileResult file : result.files()) {
            for (String error : file.errors()) {
                log.error(LogLines.fileMessage(file.path(), error));
            }
            if (!everyFinding) {
                continue;
            }
            for (String notice : file.notices()) {
                log.info(LogLines.fileMessage(file.path(), notice));
            }
            for (Finding finding : file.findings()) {
                String line = LogLines.finding(file.path(), finding);
                switch (finding.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                    default -> throw new IllegalStateException(finding.severity().toString());
                }
            }
        }
        for (RuleSummary.RuleCount count : RuleSummary.count(result)) {
            String line = RuleSummary.line(count);
            switch (count.worst()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
                default -> throw new IllegalStateException(count.worst().toString());
            }
        }
    }
}
