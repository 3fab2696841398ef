package org.reportlint.core.format.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.GroupTally;
import org.reportlint.core.result.QualityScore;
import org.reportlint.core.result.WorstDocuments;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.result.Summary;
import org.reportlint.core.source.SourcePosition;

/**
 * The report for people at a terminal: findings grouped by file, each as {@code line:col  severity  message  rule}
 * with a code frame, then a summary line. Files with nothing to say are left out.
 */
final class TextFormatter implements StreamingFormatter {
    private static final String INDENT = "  ";
    private static final String FRAME_INDENT = "    ";
    private static final int SEVERITY_WIDTH = "warning".length();

    static final int WORST_SHOWN = 5;

    private final Ansi ansi;
    private final DocumentGroups groups;

    /** @param color whether to use ANSI colors */
    public TextFormatter(boolean color) {
        this(color, DocumentGroups.byFolder());
    }

    /** @param groups the groups whose scores the summary lists when there is more than one */
    public TextFormatter(boolean color, DocumentGroups groups) {
        this.ansi = new Ansi(color);
        this.groups = groups;
    }

    /** Writes file by file, so only one file's part of the report is in memory at a time. */
    @Override
    public ReportStream open(Writer writer) {
        return new ReportStream() {
            private final QualityScore.Mean overall = new QualityScore.Mean();
            private final WorstDocuments worst = new WorstDocuments(WORST_SHOWN);
            private final GroupTally tally = new GroupTally(groups);

            @Override
            public void file(FileResult file) throws IOException {
                overall.add(file);
                worst.add(file);
                tally.add(file);
                if (!file.findings().isEmpty() || !file.errors().isEmpty() || !file.notices().isEmpty()) {
                    writeFile(writer, file);
                    writer.append('\n');
                }
            }

            @Override
            public void finish(Summary summary) throws IOException {
                StringBuilder line = new StringBuilder();
                appendScores(line, overall, worst, tally.groups());
                appendSummary(line, summary);
                writer.append(line);
            }
        };
    }

    /**
     * Writes one file's part a finding at a time: a file can have hundreds of thousands of findings, and its whole
     * part as one string would be hundreds of megabytes.
     */
    private void writeFile(Writer writer, FileResult file) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(ansi.underline(DisplayText.safe(file.path()))).append('\n');
        for (String error : file.errors()) {
            out.append(INDENT).append(ansi.red("error:")).append(' ').append(DisplayText.safe(error)).append('\n');
        }
        for (String notice : file.notices()) {
            out.append(INDENT).append(ansi.dim("notice:")).append(' ').append(DisplayText.safe(notice)).append('\n');
        }
        int positionWidth = file.findings().stream().mapToInt(f -> position(f.span().start()).length()).max().orElse(0);
        for (Finding finding : file.findings()) {
            appendFinding(out, finding, positionWidth);
            writer.append(out);
            out.setLength(0);
        }
        writer.append(out);
    }

    private void appendFinding(StringBuilder out, Finding finding, int positionWidth) {
        String severity = finding.severity().id();
        out.append(INDENT)
                .append(ansi.dim(pad(position(finding.span().start()), positionWidth))).append("  ")
                .append(ansi.severity(finding.severity(), severity))
                .append(" ".repeat(SEVERITY_WIDTH - severity.length())).append("  ")
                .append(DisplayText.safe(finding.message())).append("  ")
                .append(ansi.dim(finding.rule()));
        if (finding.isFixable()) {
            out.append("  ").append(ansi.green("(fixable)"));
        }
        out.append('\n');
        out.append(CodeFrame.render(finding, FRAME_INDENT, carets -> ansi.severity(finding.severity(), carets), ansi));
        for (RelatedLocation related : finding.related()) {
            // A place in another file (a cross-document finding) is named with its path.
            String where = related.path().map(path -> DisplayText.safe(path) + ":").orElse("")
                    + position(related.span().start());
            out.append(FRAME_INDENT).append(ansi.dim("= " + where)).append("  ")
                    .append(DisplayText.safe(related.message())).append('\n');
        }
    }

    /**
     * The quality scores (docs/scoring.md) before the summary line: overall and the lowest documents, then each
     * group's when there is more than one. Nothing when every document scored 100, which the summary already says.
     */
    private void appendScores(StringBuilder out, QualityScore.Mean overall, WorstDocuments worst,
                              List<GroupTally.Group> totals) {
        if (overall.value().isEmpty() || worst.belowHundred() == 0) {
            return;
        }
        out.append(ansi.bold("Score " + overall.value().getAsInt() + "/100")).append(" overall; lowest: ")
                .append(String.join(", ", worst.worst().stream()
                        .map(doc -> DisplayText.safe(doc.path()) + " " + doc.score()).toList()));
        if (worst.belowHundred() > WORST_SHOWN) {
            out.append(" (").append(worst.belowHundred() - WORST_SHOWN).append(" more below 100)");
        }
        out.append('\n');
        if (totals.size() > 1) {
            out.append("Groups:");
            for (GroupTally.Group group : totals) {
                out.append("\n").append(INDENT).append(DisplayText.safe(group.name())).append("  ")
                        .append(group.score().isPresent() ? "score " + group.score().getAsInt() : "no score")
                        .append(", ").append(count(group.files(), "file", "files")).append(", ")
                        .append(count(group.findings(), "problem", "problems"));
            }
            out.append('\n');
        }
    }

    private void appendSummary(StringBuilder out, Summary summary) {
        if (summary.findings() == 0) {
            out.append(ansi.green("No problems found in " + count(summary.files(), "file", "files")));
        } else {
            String line = "\u2716 " + count(summary.findings(), "problem", "problems")
                    + " (" + count(summary.errors(), "error", "errors")
                    + ", " + count(summary.warnings(), "warning", "warnings")
                    + ", " + count(summary.infos(), "info", "infos") + "), "
                    + summary.fixable() + " fixable";
            out.append(summary.errors() > 0 ? ansi.bold(ansi.red(line)) : ansi.bold(ansi.yellow(line)));
        }
        if (summary.suppressed() > 0) {
            out.append(ansi.dim(", " + summary.suppressed() + " suppressed"));
        }
        out.append('\n');
        if (summary.unreadable() > 0) {
            out.append(ansi.bold(ansi.red("\u2716 " + count(summary.unreadable(), "file", "files")
                    + " could not be read"))).append('\n');
        }
        if (summary.skipped() > 0) {
            out.append(ansi.yellow(count(summary.skipped(), "file", "files") + " skipped, not linted")).append('\n');
        }
    }

    private static String position(SourcePosition position) {
        return position.line() + ":" + position.column();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
