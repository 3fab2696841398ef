package org.reportlint.core.format.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportlint.core.format.MarkdownText;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.Severity;

/**
 * A Markdown summary of a run, the shape of a GitHub job summary: the totals, a table of findings per rule, the
 * files with the most problems, and the command that reproduces the run locally. It keeps counts only, so its
 * memory does not grow with the findings.
 */
final class MarkdownSummaryFormatter implements StreamingFormatter {
    static final int WORST_FILES = 10;

    private final String command;

    /** @param command the command line that reproduces the run, shown at the end */
    MarkdownSummaryFormatter(String command) {
        this.command = command;
    }

    /** Counts of one rule or one file, by severity. */
    private static final class Counts {
        private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        private int files;

        void add(Severity severity) {
            bySeverity.merge(severity, 1, Integer::sum);
        }

        int of(Severity severity) {
            return bySeverity.getOrDefault(severity, 0);
        }

        int total() {
            return of(Severity.ERROR) + of(Severity.WARNING) + of(Severity.INFO);
        }
    }

    @Override
    public ReportStream open(Writer out) {
        Map<String, Counts> rules = new TreeMap<>();
        Map<String, Counts> files = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        return new ReportStream() {
            @Override
            public void file(FileResult file) {
                if (!file.errors().isEmpty()) {
                    unreadable.add(file.path());
                }
                Map<String, Boolean> rulesHere = new TreeMap<>();
                for (Finding finding : file.findings()) {
                    rules.computeIfAbsent(finding.rule(), id -> new Counts()).add(finding.severity());
                    files.computeIfAbsent(file.path(), path -> new Counts()).add(finding.severity());
                    rulesHere.put(finding.rule(), true);
                }
                rulesHere.keySet().forEach(rule -> rules.get(rule).files++);
            }

            @Override
            public void finish(Summary summary) throws IOException {
                out.append(render(summary, rules, files, unreadable));
            }
        };
    }

    private String render(Summary summary, Map<String, Counts> rules, Map<String, Counts> files,
                          List<String> unreadable) {
        StringBuilder md = new StringBuilder("## reportlint\n\n");
        if (summary.findings() == 0) {
            md.append("No problems found in ").append(summary.files()).append(summary.files() == 1 ? " file" : " files");
        } else {
            md.append("**").append(summary.findings()).append(summary.findings() == 1 ? " problem" : " problems")
                    .append("** (").append(summary.errors()).append(" errors, ").append(summary.warnings())
                    .append(" warnings, ").append(summary.infos()).append(" infos) in ").append(files.size())
                    .append(" of ").append(summary.files()).append(" files");
        }
        md.append(summary.fixable() > 0 ? "; " + summary.fixable() + " fixable with `--fix`.\n\n" : ".\n\n");
        if (!unreadable.isEmpty()) {
            md.append(unreadable.size()).append(unreadable.size() == 1 ? " file" : " files")
                    .append(" could not be read: ").append(String.join(", ", unreadable.stream().limit(WORST_FILES)
                            .map(MarkdownSummaryFormatter::code).toList()))
                    .append(unreadable.size() > WORST_FILES ? ", ..." : "").append(".\n\n");
        }
        if (!rules.isEmpty()) {
            md.append("| Rule | Errors | Warnings | Infos | Files |\n|---|---:|---:|---:|---:|\n");
            rules.forEach((rule, counts) -> md.append("| ").append(code(rule)).append(" | ")
                    .append(counts.of(Severity.ERROR)).append(" | ").append(counts.of(Severity.WARNING))
                    .append(" | ").append(counts.of(Severity.INFO)).append(" | ").append(counts.files)
                    .append(" |\n"));
            md.append("\n### Files with the most problems\n\n| File | Errors | Warnings | Infos |\n"
                    + "|---|---:|---:|---:|\n");
            files.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Counts> e) -> -e.getValue().of(Severity.ERROR))
                            .thenComparingInt(e -> -e.getValue().total())
                            .thenComparing(Map.Entry::getKey))
                    .limit(WORST_FILES)
                    .forEach(e -> md.append("| ").append(code(e.getKey())).append(" | ")
                            .append(e.getValue().of(Severity.ERROR)).append(" | ")
                            .append(e.getValue().of(Severity.WARNING)).append(" | ")
                            .append(e.getValue().of(Severity.INFO)).append(" |\n"));
            md.append('\n');
        }
        md.append("Reproduce locally:\n\n").append(MarkdownText.fenced(command)).append('\n');
        return md.toString();
    }

    /** A path or id as inline code that no character in it can break out of. */
    private static String code(String text) {
        String safe = DisplayText.safe(Utf16.withoutLoneSurrogates(text)).replace("|", "\\|").replace("\n", " ");
        String fence = safe.contains("`") ? "``" : "`";
        return fence + (fence.length() > 1 ? " " + safe + " " : safe) + fence;
    }
}
