package org.reportlint.core.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Severity;

/**
 * The findings of one run as a JSON report ({@code -f json}) has them, read back for comparing: per file its path,
 * score and findings with the fingerprint they are matched on. Reading fails with an {@link IllegalArgumentException}
 * whose message says what is wrong, in a few words.
 */
public record ReportSnapshot(List<Document> files) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ReportSnapshot {
        files = List.copyOf(files);
    }

    /** One file of the report. */
    public record Document(String path, OptionalInt score, List<Item> findings) {
        public Document {
            findings = List.copyOf(findings);
        }
    }

    /** One finding: what a comparison shows and what it matches on (path, rule, fingerprint). */
    public record Item(String rule, Severity severity, String message, int line, int column, String fingerprint) {
        static Item of(Finding finding) {
            return new Item(finding.rule(), finding.severity(), finding.message(), finding.span().start().line(),
                    finding.span().start().column(), finding.fingerprint());
        }
    }

    public static Item item(Finding finding) {
        return Item.of(finding);
    }

    /** A file of the run being reported, as a snapshot document. */
    public static Document document(FileResult file) {
        return new Document(file.path(), file.score(), file.findings().stream().map(Item::of).toList());
    }

    /** Reads a JSON report. */
    public static ReportSnapshot read(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException invalid) {
            throw new IllegalArgumentException("not a JSON report (invalid JSON)");
        }
        if (root == null || !root.isObject() || !root.path("files").isArray() || !root.has("schemaVersion")) {
            throw new IllegalArgumentException("not a reportlint JSON report (written by -f json)");
        }
        List<Document> files = new ArrayList<>();
        for (JsonNode file : root.get("files")) {
            String path = text(file, "path");
            List<Item> items = new ArrayList<>();
            for (JsonNode finding : file.path("findings")) {
                if (!finding.path("fingerprint").isTextual()) {
                    throw new IllegalArgumentException("a finding in " + path + " has no fingerprint (a report from "
                            + "an older reportlint: write it again with this version)");
                }
                Severity severity = Severity.fromId(text(finding, "severity"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown severity in " + path));
                items.add(new Item(text(finding, "rule"), severity, text(finding, "message"),
                        finding.path("line").asInt(), finding.path("column").asInt(),
                        finding.get("fingerprint").textValue()));
            }
            JsonNode score = file.path("score");
            files.add(new Document(path, score.isInt() ? OptionalInt.of(score.intValue()) : OptionalInt.empty(),
                    items));
        }
        return new ReportSnapshot(files);
    }

    public Optional<Document> file(String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("a file or finding without \"" + field + "\"");
        }
        return value.textValue();
    }
}
