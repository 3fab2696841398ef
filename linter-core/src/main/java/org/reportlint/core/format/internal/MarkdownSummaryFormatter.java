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
import org.reportlint.core.format.ScorecardOptions;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.GroupTally;
import org.reportlint.core.result.QualityScore;
import org.reportlint.core.result.WorstDocuments;
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
    static final int WORST_FINDINGS = 10;

    private final String command;
    private final DocumentGroups groups;
    private final ScorecardOptions scorecard;

    /** @param command the command line that reproduces the run, shown at the end */
    MarkdownSummaryFormatter(String command) {
        this(command, DocumentGroups.byFolder(), ScorecardOptions.NONE);
    }

    /**
     * @param groups the groups whose scores the scorecard lists when there is more than one
     * @param scorecard where links to lines point and what the run is compared with
     */
    MarkdownSummaryFormatter(String command, DocumentGroups groups, ScorecardOptions scorecard) {
        this.command = command;
        this.groups = groups;
        this.scorecard = scorecard;
    }

    /** One of the worst findings: what a reviewer reads first. */
    private record Noted(int rank, long order, String path, int line, String rule, String message) {
        static final Comparator<Noted> WORST_FIRST = Comparator.comparingInt(Noted::rank).thenComparingLong(Noted::order);
    }

    /** What the scorecard adds up besides the counts: scores, groups, the worst findings, changes. */
    private final class Scorecard {
        final QualityScore.Mean overall = new QualityScore.Mean();
        final WorstDocuments worst = new WorstDocuments(WORST_FILES);
        final GroupTally tally = new GroupTally(groups);
        final java.util.PriorityQueue<Noted> findings = new java.util.PriorityQueue<>(Noted.WORST_FIRST.reversed());
        final Map<String, int[]> byPath = new java.util.HashMap<>();
        int added;
        int resolved;
        long order;

        void add(FileResult file) {
            overall.add(file);
            worst.add(file);
            tally.add(file);
            for (Finding finding : file.findings()) {
                findings.add(new Noted(finding.severity().ordinal(), order++, file.path(),
                        finding.span().start().line(), finding.rule(), finding.message()));
                if (findings.size() > WORST_FINDINGS) {
                    findings.poll();
                }
            }
            scorecard.previous().ifPresent(previous -> {
                ScorecardOptions.Change change = previous.compare(file);
                added += change.added();
                resolved += change.resolved();
            });
        }
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
        Scorecard card = new Scorecard();
        return new ReportStream() {
            @Override
            public void file(FileResult file) {
                card.add(file);
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
                out.append(render(summary, rules, files, unreadable, card));
            }
        };
    }

    private String render(Summary summary, Map<String, Counts> rules, Map<String, Counts> files,
                          List<String> unreadable, Scorecard card) {
        StringBuilder md = new StringBuilder("## reportlint\n\n");
        card.overall.value().ifPresent(score -> md.append("**Score ").append(score)
                .append("/100** overall (0-100 by findings per 500 words; see `docs/scoring.md`).\n\n"));
        scorecard.previous().ifPresent(previous -> md.append("Since ").append(code(previous.name())).append(": **")
                .append(card.added).append(" new**, **").append(card.resolved + previous.resolvedElsewhere())
                .append(" resolved**.\n\n"));
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
            List<GroupTally.Group> totals = card.tally.groups();
            if (totals.size() > 1) {
                md.append("\n### Groups\n\n| Group | Score | Files | Errors | Warnings | Infos |\n"
                        + "|---|---:|---:|---:|---:|---:|\n");
                for (GroupTally.Group group : totals) {
                    md.append("| ").append(code(group.name())).append(" | ")
                            .append(group.score().isPresent() ? String.valueOf(group.score().getAsInt()) : "-")
                            .append(" | ").append(group.files()).append(" | ").append(group.errors()).append(" | ")
                            .append(group.warnings()).append(" | ").append(group.infos()).append(" |\n");
                }
            }
            md.append("\n### Documents, worst first\n\n| Score | Document | Errors | Warnings | Infos |\n"
                    + "|---:|---|---:|---:|---:|\n");
            for (WorstDocuments.Scored doc : card.worst.worst()) {
                Counts counts = files.getOrDefault(doc.path(), new Counts());
                md.append("| ").append(doc.score()).append(" | ").append(code(doc.path())).append(" | ")
                        .append(counts.of(Severity.ERROR)).append(" | ").append(counts.of(Severity.WARNING))
                        .append(" | ").append(counts.of(Severity.INFO)).append(" |\n");
            }
            if (card.worst.belowHundred() > WORST_FILES) {
                md.append("\n").append(card.worst.belowHundred() - WORST_FILES)
                        .append(" more documents score below 100; `-f json` lists every score.\n");
            }
            md.append("\n### Worst findings\n\n");
            List<Noted> worstFindings = new ArrayList<>(card.findings);
            worstFindings.sort(Noted.WORST_FIRST);
            for (Noted noted : worstFindings) {
                md.append("- ").append(noted.rank() == 0 ? "**error**" : noted.rank() == 1 ? "warning" : "info")
                        .append(" [").append(label(noted.path() + ":" + noted.line())).append("](")
                        .append(link(noted.path(), noted.line())).append(") ").append(code(noted.rule()))
                        .append(": ").append(text(noted.message())).append('\n');
            }
            md.append('\n');
        }
        md.append("Reproduce locally:\n\n").append(MarkdownText.fenced(command)).append('\n');
        return md.toString();
    }

    /** A link to a line: relative ({@code reports/a.html#L12}) or under the configured base URL. */
    private String link(String path, int line) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : Utf16.withoutLoneSurrogates(path).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return scorecard.linkBase() + encoded + "#L" + line;
    }

    /** Link text: Markdown's and HTML's special characters escaped. */
    private static String label(String text) {
        return text(text).replace("]", "\\]").replace("[", "\\[");
    }

    /** Document text (a message) as Markdown text that cannot open markup, links or HTML. */
    private static String text(String text) {
        String safe = DisplayText.safe(Utf16.withoutLoneSurrogates(text)).replace("\n", " ");
        StringBuilder out = new StringBuilder();
        for (char c : safe.toCharArray()) {
            if ("\\`*_{}[]()<>#+!|~&".indexOf(c) >= 0) {
                out.append(c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : "\\" + c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A path or id as inline code that no character in it can break out of. */
    private static String code(String text) {
        String safe = DisplayText.safe(Utf16.withoutLoneSurrogates(text)).replace("|", "\\|").replace("\n", " ");
        String fence = safe.contains("`") ? "``" : "`";
        return fence + (fence.length() > 1 ? " " + safe + " " : safe) + fence;
    }
}
