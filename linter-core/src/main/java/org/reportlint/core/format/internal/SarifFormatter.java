package org.reportlint.core.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.QualityScore;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
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

    static final String SCORE_PROPERTY = "reportlint/score";
    static final String WORDS_PROPERTY = "reportlint/words";

    private final String toolVersion;
    private final List<RuleMetadata> rules;
    private final String repositoryPath;
    private final SarifLimits limits;

    /**
     * @param toolVersion the reportlint version written as the driver's
     * @param rules metadata of the run's rules, for the descriptors of those that have results
     */
    public SarifFormatter(String toolVersion, List<RuleMetadata> rules) {
        this(toolVersion, rules, "", SarifLimits.GITHUB);
    }

    /**
     * @param repositoryPath where the reported paths are relative to, from the repository root ({@code sub/dir/},
     *        or empty at the root), so that artifact URIs are relative to the root as code scanning expects
     */
    SarifFormatter(String toolVersion, List<RuleMetadata> rules, String repositoryPath, SarifLimits limits) {
        this.toolVersion = toolVersion;
        this.rules = List.copyOf(rules);
        this.repositoryPath = repositoryPath;
        this.limits = limits;
    }

    /** One result to write: a finding and the path of its file. */
    private record Entry(String path, Finding finding) {
    }

    @Override
    public String format(LintResult result) {
        List<Entry> entries = new ArrayList<>();
        for (FileResult file : result.files()) {
            file.findings().forEach(finding -> entries.add(new Entry(file.path(), finding)));
        }
        int keep = Math.min(entries.size(), limits.results());
        String report = render(result, entries, keep);
        // Shrink until the compressed file fits; each step keeps the most severe results.
        for (long size = compressedSize(report); size > limits.compressedBytes() && keep > 0;
             size = compressedSize(report)) {
            keep = (int) Math.min(keep - 1, (long) (keep * 0.9 * limits.compressedBytes() / size));
            report = render(result, entries, Math.max(keep, 0));
        }
        return report;
    }

    private String render(LintResult result, List<Entry> entries, int keep) {
        List<Entry> kept = mostSevere(entries, keep);
        StringWriter out = new StringWriter();
        SarifRules cited = SarifRules.cited(kept.stream().map(entry -> entry.finding().rule()).toList(), rules);
        SarifFingerprints fingerprints = new SarifFingerprints();
        try (JsonGenerator json = SarifJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, cited);
            writeInvocation(json, result, leftOut(entries, kept), cutRelated(kept));
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (Entry entry : kept) {
                writeResult(json, entry.path(), entry.finding(), cited.index(entry.finding().rule()),
                        fingerprints.next(entry.path(), entry.finding()));
            }
            json.writeEndArray();
            writeScores(json, result);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to a string failed", impossible);
        }
        return out.append('\n').toString();
    }

    /** The {@code keep} most severe entries, errors first, in the order of the run (path, then position). */
    private static List<Entry> mostSevere(List<Entry> entries, int keep) {
        if (keep >= entries.size()) {
            return entries;
        }
        List<Integer> order = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> rank(entries.get(i).finding().severity()))
                .thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>(order.subList(0, keep));
        Collections.sort(chosen);
        return chosen.stream().map(entries::get).toList();
    }

    private static int rank(Severity severity) {
        return switch (severity) {
            case ERROR -> 0;
            case WARNING -> 1;
            case INFO -> 2;
        };
    }

    /** What the limits left out, by severity, for the run's notification; empty when nothing was. */
    private static Map<Severity, Integer> leftOut(List<Entry> entries, List<Entry> kept) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        if (kept.size() == entries.size()) {
            return counts;
        }
        Set<Entry> in = Collections.newSetFromMap(new IdentityHashMap<>());
        in.addAll(kept);
        for (Entry entry : entries) {
            if (!in.contains(entry)) {
                counts.merge(entry.finding().severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private int cutRelated(List<Entry> kept) {
        return (int) kept.stream().filter(entry -> entry.finding().related().size() > limits.relatedLocations())
                .count();
    }

    /**
     * The gzip-compressed size of the report. Most reports are far below the limit as they are, and gzip output
     * of text is never larger than a fraction of the text, so a report that fits uncompressed is not compressed
     * only to be measured: its UTF-8 size (at most three bytes per char) stands in.
     */
    private long compressedSize(String report) {
        if (3L * report.length() <= limits.compressedBytes() / 2) {
            return 3L * report.length();
        }
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(counter)) {
            gzip.write(report.getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException("compressing in memory failed", impossible);
        }
        return counter.count;
    }

    /** Counts the bytes written to it and keeps none. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /**
     * The quality scores (docs/scoring.md) as property bags, which code scanning keeps but does not show: each
     * scored file as an artifact with its score and words, the run's overall score on the run.
     */
    private void writeScores(JsonGenerator json, LintResult result) throws IOException {
        QualityScore.Mean overall = new QualityScore.Mean();
        json.writeArrayFieldStart("artifacts");
        for (FileResult file : result.files()) {
            OptionalInt score = file.score();
            if (score.isEmpty()) {
                continue;
            }
            overall.add(file);
            json.writeStartObject();
            // An artifact names its file in "location", an artifactLocation object.
            ArtifactUri location = ArtifactUri.of(inRepository(file.path()));
            json.writeObjectFieldStart("location");
            json.writeStringField("uri", location.uri());
            if (location.uriBaseId().isPresent()) {
                json.writeStringField("uriBaseId", location.uriBaseId().get());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeNumberField(SCORE_PROPERTY, score.getAsInt());
            json.writeNumberField(WORDS_PROPERTY, file.words());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (overall.value().isPresent()) {
            json.writeObjectFieldStart("properties");
            json.writeNumberField(SCORE_PROPERTY, overall.value().getAsInt());
            json.writeEndObject();
        }
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

    private void writeInvocation(JsonGenerator json, LintResult result, Map<Severity, Integer> leftOut,
                                 int cutRelated) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", !result.hasErrors());
        json.writeArrayFieldStart("toolExecutionNotifications");
        if (!leftOut.isEmpty()) {
            writeNotification(json, "warning", leftOutMessage(leftOut), null);
        }
        if (cutRelated > 0) {
            writeNotification(json, "warning", cutRelated + (cutRelated == 1 ? " result has" : " results have")
                    + " more related locations than GitHub code scanning accepts; only the first "
                    + limits.relatedLocations() + " of each are included (-f json has all of them)", null);
        }
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

    private String leftOutMessage(Map<Severity, Integer> leftOut) {
        int total = leftOut.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        leftOut.forEach((severity, count) -> parts.add(count + " " + SarifRules.level(severity)
                + (count == 1 ? "" : "s")));
        return total + (total == 1 ? " result is" : " results are") + " left out (" + String.join(", ", parts)
                + "): GitHub code scanning accepts at most " + limits.results() + " results per run and "
                + limits.compressedBytes() / 1_000_000 + " MB of compressed SARIF, so the most severe are kept; "
                + "-f json has every finding";
    }

    private void writeNotification(JsonGenerator json, String level, String message, String path)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("level", level);
        SarifJson.message(json, "message", message);
        if (path == null) {
            json.writeEndObject();
            return;
        }
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        SarifJson.artifactLocation(json, inRepository(path));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeResult(JsonGenerator json, String path, Finding finding, int ruleIndex, String fingerprint)
            throws IOException {
        json.writeStartObject();
        SarifJson.text(json, "ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", SarifRules.level(finding.severity()));
        SarifJson.message(json, "message", finding.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        SarifJson.physicalLocation(json, inRepository(path), finding.span(), snippet(finding));
        json.writeEndObject();
        json.writeEndArray();
        if (!finding.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            int id = 0;
            for (RelatedLocation related : finding.related().subList(0,
                    Math.min(finding.related().size(), limits.relatedLocations()))) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                SarifJson.physicalLocation(json, inRepository(related.pathOr(path)), related.span(), "");
                SarifJson.message(json, "message", related.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        SarifJson.text(json, SarifFingerprints.KEY, fingerprint);
        json.writeEndObject();
        if (finding.fix().isPresent()) {
            writeFix(json, path, finding.fix().get().edits());
        }
        json.writeEndObject();
    }

    private void writeFix(JsonGenerator json, String path, List<TextEdit> edits) throws IOException {
        json.writeArrayFieldStart("fixes");
        json.writeStartObject();
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        SarifJson.artifactLocation(json, inRepository(path));
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

    /** A reported path as seen from the repository root; absolute paths stay as they are. */
    private String inRepository(String path) {
        return RepositoryPath.join(repositoryPath, path);
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
