package org.reportlint.core.result;

import java.util.List;
import org.reportlint.core.rule.Severity;

/**
 * Counts over a whole run. {@code files} counts every file looked at, skipped and unreadable ones included;
 * {@code skipped} those left out on purpose with a notice (a binary file found in a folder, a link out of it).
 */
public record Summary(int files, int errors, int warnings, int infos, int fixable, int suppressed, int unreadable,
                      int skipped) {

    /** Totals of a run that skipped nothing. */
    public Summary(int files, int errors, int warnings, int infos, int fixable, int suppressed, int unreadable) {
        this(files, errors, warnings, infos, fixable, suppressed, unreadable, 0);
    }

    public static Summary of(List<FileResult> files) {
        Counter counter = new Counter();
        files.forEach(counter::add);
        return counter.summary();
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

    /**
     * Adds up file results as they arrive, so a streamed run has its totals without keeping its files. Not
     * thread-safe.
     */
    public static final class Counter {
        private int files;
        private int errors;
        private int warnings;
        private int infos;
        private int fixable;
        private int suppressed;
        private int unreadable;
        private int skipped;
        private boolean incomplete;

        public void add(FileResult file) {
            files++;
            suppressed += file.suppressed();
            if (!file.errors().isEmpty()) {
                unreadable++;
            } else if (file.isSkipped()) {
                skipped++;
            }
            incomplete |= file.hasErrors();
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

        public Summary summary() {
            return new Summary(files, errors, warnings, infos, fixable, suppressed, unreadable, skipped);
        }

        /** Whether a file added could not be read or had a rule fail on it. */
        public boolean incomplete() {
            return incomplete;
        }
    }
}
