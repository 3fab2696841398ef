package org.reportlint.core.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.SourceSpan;

/**
 * A SARIF 2.1.0 log as GitHub code scanning accepts it: one run whose driver describes the rules its results cite
 * (see {@link SarifRules}), one result per finding with its region, related locations, a
 * {@code partialFingerprints} entry {@code reportlint/v1} that survives edits elsewhere in the file and, for fixable
 * findings, the fix as replacements; one invocation that lists unreadable files as error notifications and skipped
 * ones as notes. Columns are UTF-16 code units, like reportlint's; paths are URIs relative to {@code %SRCROOT%}.
 */
final class SarifFormatter implements Formatter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/reportlint/reportlint";
    public static final String FINGERPRINT = "reportlint/v1";

    private final String toolVersion;
    private final List<RuleMetadata> rules;

    /**
     * @param toolVersion the reportlint version written as the driver's
     * @param rules metadata of the run's rules, for the descriptors of those that have results
     */
    public SarifFormatter(String toolVersion, List<RuleMetadata> rules) {
        this.toolVersion = toolVersion;
        this.rules = List.copyOf(rules);
    }

    @Override
    public String format(LintResult result) {
        StringWriter out = new StringWriter();
        SarifRules cited = SarifRules.cited(result, rules);
        try (JsonGenerator json = SarifJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, cited);
            writeInvocation(json, result);
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (FileResult file : result.files()) {
                for (Finding finding : file.findings()) {
                    writeResult(json, file.path(), finding, cited.index(finding.rule()));
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to a string failed", impossible);
        }
        return out.append('\n').toString();
    }

    private void writeTool(JsonGenerator json, SarifRules cited) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "reportlint");
        SarifJson.text(json, "version", toolVersion);
        json.writeStringField("informationUri", INFORMATION_URI);
        cited.write(json);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator json, LintResult result) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", !result.hasErrors());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (FileResult file : result.files()) {
            for (String error : file.errors()) {
                writeNotification(json, "error", error, file.path());
            }
            for (String notice : file.notices()) {
                writeNotification(json, "note", notice, file.path());
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeNotification(JsonGenerator json, String level, String message, String path)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("level", level);
        SarifJson.message(json, "message", message);
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        SarifJson.artifactLocation(json, path);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, String path, Finding finding, int ruleIndex)
            throws IOException {
        json.writeStartObject();
        SarifJson.text(json, "ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", SarifRules.level(finding.severity()));
        SarifJson.message(json, "message", finding.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        SarifJson.physicalLocation(json, path, finding.span(), snippet(finding));
        json.writeEndObject();
        json.writeEndArray();
        if (!finding.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            int id = 0;
            for (RelatedLocation related : finding.related()) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                SarifJson.physicalLocation(json, related.pathOr(path), related.span(), "");
                SarifJson.message(json, "message", related.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        SarifJson.text(json, FINGERPRINT, finding.fingerprint());
        json.writeEndObject();
        if (finding.fix().isPresent()) {
            writeFix(json, path, finding.fix().get().edits());
        }
        json.writeEndObject();
    }

    private static void writeFix(JsonGenerator json, String path, List<TextEdit> edits) throws IOException {
        json.writeArrayFieldStart("fixes");
        json.writeStartObject();
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        SarifJson.artifactLocation(json, path);
        json.writeArrayFieldStart("replacements");
        for (TextEdit edit : edits) {
            json.writeStartObject();
            json.writeObjectFieldStart("deletedRegion");
            json.writeNumberField("charOffset", edit.offset());
            json.writeNumberField("charLength", edit.endOffset() - edit.offset());
            json.writeEndObject();
            json.writeObjectFieldStart("insertedContent");
            SarifJson.text(json, "text", edit.text());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** The flagged text when the excerpt holds all of it (one line, inside the kept window), else nothing. */
    static String snippet(Finding finding) {
        SourceSpan span = finding.span();
        Excerpt excerpt = finding.excerpt();
        if (span.start().line() != span.end().line()) {
            return "";
        }
        int start = span.start().column() - excerpt.firstColumn();
        int end = span.end().column() - excerpt.firstColumn();
        if (start < 0 || end > excerpt.text().length()) {
            return "";
        }
        return excerpt.text().substring(start, end);
    }
}
