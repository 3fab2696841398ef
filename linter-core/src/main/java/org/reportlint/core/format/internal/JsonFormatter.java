package org.reportlint.core.format.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalInt;
import org.reportlint.core.format.ReportStream;
import org.reportlint.core.format.StreamingFormatter;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.GroupTally;
import org.reportlint.core.result.QualityScore;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.SourceSpan;

/**
 * The report for tools: one compact JSON object and a newline, in the versioned schema of DESIGN.md, with fields
 * always in the same order. {@code fix} is left out when a finding has none; {@code format} is null for a file that
 * was not parsed. Each file has its {@code words} and {@code score} (null when it could not be read), each finding
 * its {@code fingerprint}, the summary the run's overall {@code score}, the word-weighted mean, and {@code groups}
 * after it the totals and score of each group of documents.
 */
final class JsonFormatter implements StreamingFormatter {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String toolVersion;
    private final DocumentGroups groups;

    /** @param toolVersion the reportlint version written as {@code tool.version} */
    public JsonFormatter(String toolVersion) {
        this(toolVersion, DocumentGroups.byFolder());
    }

    /** @param groups the groups whose totals follow the summary */
    public JsonFormatter(String toolVersion, DocumentGroups groups) {
        this.toolVersion = toolVersion;
        this.groups = groups;
    }

    /** Writes each file's entry as it arrives; the summary, which the schema puts last, closes the object. */
    @Override
    public ReportStream open(Writer out) {
        return new ReportStream() {
            private final QualityScore.Mean overall = new QualityScore.Mean();
            private final GroupTally tally = new GroupTally(groups);
            private JsonGenerator json;

            @Override
            public void file(FileResult file) throws IOException {
                overall.add(file);
                tally.add(file);
                writeFile(started(), file);
                json.flush();
            }

            @Override
            public void finish(Summary summary) throws IOException {
                started().writeEndArray();
                writeSummary(json, summary, overall.value());
                writeGroups(json, tally.groups());
                json.writeEndObject();
                json.close();
                out.write('\n');
            }

            private JsonGenerator started() throws IOException {
                if (json == null) {
                    // The generator must not close the caller's writer.
                    json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    json.writeStartObject();
                    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
                    json.writeObjectFieldStart("tool");
                    text(json, "name", "reportlint");
                    text(json, "version", toolVersion);
                    json.writeEndObject();
                    json.writeArrayFieldStart("files");
                }
                return json;
            }
        };
    }

    private static void writeFile(JsonGenerator json, FileResult file) throws IOException {
        json.writeStartObject();
        text(json, "path", file.path());
        text(json, "format", file.format().orElse(null));
        json.writeArrayFieldStart("findings");
        for (Finding finding : file.findings()) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
        writeMessages(json, "errors", file.errors());
        writeMessages(json, "notices", file.notices());
        json.writeNumberField("suppressed", file.suppressed());
        json.writeNumberField("words", file.words());
        writeScore(json, file.score());
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        text(json, "rule", finding.rule());
        text(json, "severity", finding.severity().id());
        text(json, "message", finding.message());
        writeSpan(json, finding.span());
        json.writeNumberField("offset", finding.span().startOffset());
        json.writeNumberField("endOffset", finding.span().endOffset());
        json.writeArrayFieldStart("related");
        for (RelatedLocation related : finding.related()) {
            json.writeStartObject();
            text(json, "message", related.message());
            if (related.path().isPresent()) {
                // Only a place in another file names its file: the rest are in the file of the entry.
                text(json, "path", related.path().get());
            }
            writeSpan(json, related.span());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (finding.fix().isPresent()) {
            json.writeObjectFieldStart("fix");
            json.writeArrayFieldStart("edits");
            for (TextEdit edit : finding.fix().get().edits()) {
                json.writeStartObject();
                json.writeNumberField("offset", edit.offset());
                json.writeNumberField("endOffset", edit.endOffset());
                text(json, "text", edit.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        // What `reportlint compare` matches findings of two reports on: it does not change when lines move.
        text(json, "fingerprint", finding.fingerprint());
        json.writeEndObject();
    }

    /** A string field; a lone surrogate, which a strict UTF-8 writer refuses and '?' would hide, becomes U+FFFD. */
    private static void text(JsonGenerator json, String field, String value) throws IOException {
        json.writeStringField(field, value == null ? null : Utf16.withoutLoneSurrogates(value));
    }

    private static void writeSpan(JsonGenerator json, SourceSpan span) throws IOException {
        json.writeNumberField("line", span.start().line());
        json.writeNumberField("column", span.start().column());
        json.writeNumberField("endLine", span.end().line());
        json.writeNumberField("endColumn", span.end().column());
    }

    private static void writeMessages(JsonGenerator json, String field, List<String> messages)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (String message : messages) {
            json.writeStartObject();
            text(json, "message", message);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A score, or null for a file that has none (it could not be read) or a run without one. */
    private static void writeScore(JsonGenerator json, OptionalInt score) throws IOException {
        if (score.isPresent()) {
            json.writeNumberField("score", score.getAsInt());
        } else {
            json.writeNullField("score");
        }
    }

    /** {@code "groups": {"NAME": {"files", "errors", "warnings", "infos", "fixable", "words", "score"}}}, in order. */
    private static void writeGroups(JsonGenerator json, List<GroupTally.Group> groups) throws IOException {
        json.writeObjectFieldStart("groups");
        for (GroupTally.Group group : groups) {
            json.writeObjectFieldStart(Utf16.withoutLoneSurrogates(group.name()));
            json.writeNumberField("files", group.files());
            json.writeNumberField("errors", group.errors());
            json.writeNumberField("warnings", group.warnings());
            json.writeNumberField("infos", group.infos());
            json.writeNumberField("fixable", group.fixable());
            json.writeNumberField("words", group.words());
            writeScore(json, group.score());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, Summary summary, OptionalInt score) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("warnings", summary.warnings());
        json.writeNumberField("infos", summary.infos());
        json.writeNumberField("fixable", summary.fixable());
        json.writeNumberField("suppressed", summary.suppressed());
        json.writeNumberField("skipped", summary.skipped());
        writeScore(json, score);
        json.writeEndObject();
    }
}
