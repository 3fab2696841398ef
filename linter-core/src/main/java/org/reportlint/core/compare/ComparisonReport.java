package org.reportlint.core.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.reportlint.core.format.MarkdownText;

/** A comparison as text for a terminal, JSON for tools, or Markdown for a pull-request comment. */
public final class ComparisonReport {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    static final int LISTED = 50;

    private ComparisonReport() {
    }

    public static String text(ReportComparison comparison) {
        StringBuilder out = new StringBuilder();
        for (ReportComparison.Status status : List.of(ReportComparison.Status.NEW, ReportComparison.Status.RESOLVED)) {
            for (ReportComparison.Change change : comparison.changes()) {
                if (change.status() == status) {
                    ReportSnapshot.Item item = change.finding();
                    out.append(status.id()).append("  ").append(safe(change.path())).append(':').append(item.line())
                            .append(':').append(item.column()).append("  ").append(item.severity().id()).append("  ")
                            .append(safe(item.message())).append("  ").append(item.rule()).append('\n');
                }
            }
        }
        comparison.byRule().forEach((rule, counts) -> out.append(rule).append(": ").append(counts[0])
                .append(" new, ").append(counts[1]).append(" resolved, ").append(counts[2]).append(" unchanged\n"));
        for (ReportComparison.DocumentChange doc : comparison.documents()) {
            if (doc.added() + doc.resolved() > 0 || !doc.oldScore().equals(doc.newScore())) {
                out.append(safe(doc.path())).append(": ").append(doc.added()).append(" new, ").append(doc.resolved())
                        .append(" resolved, score ").append(score(doc.oldScore())).append(" -> ")
                        .append(score(doc.newScore())).append('\n');
            }
        }
        out.append(totals(comparison)).append('\n');
        return out.toString();
    }

    public static String json(ReportComparison comparison) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeObjectFieldStart("summary");
            for (ReportComparison.Status status : ReportComparison.Status.values()) {
                json.writeNumberField(status.id(), comparison.count(status));
            }
            json.writeEndObject();
            json.writeObjectFieldStart("rules");
            for (Map.Entry<String, int[]> rule : comparison.byRule().entrySet()) {
                json.writeObjectFieldStart(rule.getKey());
                json.writeNumberField("new", rule.getValue()[0]);
                json.writeNumberField("resolved", rule.getValue()[1]);
                json.writeNumberField("unchanged", rule.getValue()[2]);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("files");
            for (ReportComparison.DocumentChange doc : comparison.documents()) {
                json.writeStartObject();
                json.writeStringField("path", doc.path());
                json.writeNumberField("new", doc.added());
                json.writeNumberField("resolved", doc.resolved());
                json.writeNumberField("unchanged", doc.unchanged());
                score(json, "oldScore", doc.oldScore());
                score(json, "newScore", doc.newScore());
                json.writeArrayFieldStart("findings");
                for (ReportComparison.Change change : comparison.changes()) {
                    if (change.path().equals(doc.path())) {
                        ReportSnapshot.Item item = change.finding();
                        json.writeStartObject();
                        json.writeStringField("status", change.status().id());
                        json.writeStringField("rule", item.rule());
                        json.writeStringField("severity", item.severity().id());
                        json.writeStringField("message", item.message());
                        json.writeNumberField("line", item.line());
                        json.writeNumberField("column", item.column());
                        json.writeStringField("fingerprint", item.fingerprint());
                        json.writeEndObject();
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.append('\n').toString();
    }

    public static String markdown(ReportComparison comparison) {
        StringBuilder md = new StringBuilder("## reportlint: what changed\n\n").append(totals(comparison))
                .append(".\n\n");
        if (!comparison.byRule().isEmpty()) {
            md.append("| Rule | New | Resolved | Unchanged |\n|---|---:|---:|---:|\n");
            comparison.byRule().forEach((rule, counts) -> md.append("| ").append(code(rule)).append(" | ")
                    .append(counts[0]).append(" | ").append(counts[1]).append(" | ").append(counts[2]).append(" |\n"));
            md.append("\n| Document | New | Resolved | Score |\n|---|---:|---:|---|\n");
            for (ReportComparison.DocumentChange doc : comparison.documents()) {
                if (doc.added() + doc.resolved() > 0) {
                    md.append("| ").append(code(doc.path())).append(" | ").append(doc.added()).append(" | ")
                            .append(doc.resolved()).append(" | ").append(score(doc.oldScore())).append(" → ")
                            .append(score(doc.newScore())).append(" |\n");
                }
            }
        }
        List<ReportComparison.Change> added = comparison.changes().stream()
                .filter(change -> change.status() == ReportComparison.Status.NEW).toList();
        if (!added.isEmpty()) {
            md.append("\n### New findings\n\n");
            added.stream().limit(LISTED).forEach(change -> md.append("- ").append(code(change.path() + ":"
                    + change.finding().line())).append(' ').append(change.finding().severity().id()).append(' ')
                    .append(code(change.finding().rule())).append(": ")
                    .append(MarkdownText.escape(safe(change.finding().message()))).append('\n'));
            if (added.size() > LISTED) {
                md.append("\n").append(added.size() - LISTED).append(" more; `-f json` lists them all.\n");
            }
        }
        return md.toString();
    }

    static String totals(ReportComparison comparison) {
        return comparison.count(ReportComparison.Status.NEW) + " new, "
                + comparison.count(ReportComparison.Status.RESOLVED) + " resolved, "
                + comparison.count(ReportComparison.Status.UNCHANGED) + " unchanged";
    }

    static String score(OptionalInt score) {
        return score.isPresent() ? String.valueOf(score.getAsInt()) : "-";
    }

    private static void score(JsonGenerator json, String field, OptionalInt score) throws IOException {
        if (score.isPresent()) {
            json.writeNumberField(field, score.getAsInt());
        } else {
            json.writeNullField(field);
        }
    }

    /** Text from a document with control characters shown, never acted on by a terminal. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String code(String text) {
        String safe = safe(text).replace("|", "\\|");
        String fence = safe.contains("`") ? "``" : "`";
        return fence + (fence.length() > 1 ? " " + safe + " " : safe) + fence;
    }
}
