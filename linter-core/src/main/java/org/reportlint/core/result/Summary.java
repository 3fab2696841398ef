package org.reportlint.core.result;

import java.util.List;
import org.reportlint.core.rule.Severity;

/** Counts over a whole run. {@code files} counts every file looked at, skipped and unreadable ones included. */
public record Summary(int files, int errors, int warnings, int infos, int fixable, int suppressed, int unreadable) {

    public static Summary of(List<FileResult> files) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int fixable = 0;
        int suppressed = 0;
        int unreadable = 0;
        for (FileResult file : files) {
            suppressed += file.suppressed();
            if (!file.errors().isEmpty()) {
                unreadable++;
            }
            for (Finding finding : file.findings()) {
                switch (finding.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                    default -> throw new IllegalStateException(finding.severity().toString());
                }
                if (finding.isFixable()) {
                    fixable++;
                }
            }
        }
        return new Summary(files.size(), errors, warnings, infos, fixable, suppressed, unreadable);
    }

    public int count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }

    public int findings() {
        return errors + warnings + infos;
    }
}
