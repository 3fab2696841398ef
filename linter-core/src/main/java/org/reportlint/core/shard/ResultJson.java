package org.reportlint.core.shard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.engine.internal.ResolvedLocation;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;

/**
 * File results as JSON with nothing left out (code frame excerpts, fingerprints, offsets of related places), so that
 * a merge renders every report format exactly as the run that found them would have. The public JSON report leaves
 * these out; this is the shard section's own encoding. Reading throws {@link IllegalArgumentException} with a short
 * reason for anything that is not what writing gives.
 */
final class ResultJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultJson() {
    }

    static ObjectNode file(FileResult file) {
        ObjectNode json = NODES.objectNode();
        json.put("path", file.path());
        json.put("format", file.format().orElse(null));
        ArrayNode findings = json.putArray("findings");
        file.findings().forEach(finding -> findings.add(finding(finding)));
        strings(json.putArray("errors"), file.errors());
        strings(json.putArray("notices"), file.notices());
        json.put("suppressed", file.suppressed());
        json.put("words", file.words());
        return json;
    }

    static FileResult file(JsonNode json) {
        List<Finding> findings = new ArrayList<>();
        array(json, "findings").forEach(finding -> findings.add(finding(finding)));
        return new FileResult(text(json, "path"), optionalText(json, "format"), findings, strings(json, "errors"),
                strings(json, "notices"), number(json, "suppressed"), number(json, "words"));
    }

    static ObjectNode finding(Finding finding) {
        ObjectNode json = NODES.objectNode();
        json.put("rule", finding.rule());
        json.put("severity", finding.severity().id());
        json.put("message", finding.message());
        json.set("span", span(finding.span()));
        ArrayNode related = json.putArray("related");
        for (RelatedLocation place : finding.related()) {
            ObjectNode entry = related.addObject();
            entry.put("message", place.message());
            entry.put("path", place.path().orElse(null));
            entry.set("span", span(place.span()));
        }
        if (finding.fix().isPresent()) {
            ArrayNode edits = json.putArray("fix");
            for (TextEdit edit : finding.fix().get().edits()) {
                edits.addObject().put("offset", edit.offset()).put("endOffset", edit.endOffset())
                        .put("text", edit.text());
            }
        }
        json.set("excerpt", excerpt(finding.excerpt()));
        json.put("fingerprint", finding.fingerprint());
        return json;
    }

    static Finding finding(JsonNode json) {
        List<RelatedLocation> related = new ArrayList<>();
        for (JsonNode place : array(json, "related")) {
            related.add(new RelatedLocation(text(place, "message"), span(field(place, "span")),
                    optionalText(place, "path")));
        }
        Optional<Fix> fix = Optional.empty();
        if (json.has("fix")) {
            List<TextEdit> edits = new ArrayList<>();
            for (JsonNode edit : array(json, "fix")) {
                edits.add(new TextEdit(number(edit, "offset"), number(edit, "endOffset"), text(edit, "text")));
            }
            fix = Optional.of(new Fix(edits));
        }
        return new Finding(text(json, "rule"), severity(text(json, "severity")), text(json, "message"),
                span(field(json, "span")), related, fix, excerpt(field(json, "excerpt")), text(json, "fingerprint"));
    }

    static ObjectNode location(ResolvedLocation location) {
        ObjectNode json = NODES.objectNode();
        json.put("path", location.path());
        json.set("span", span(location.span()));
        json.set("excerpt", excerpt(location.excerpt()));
        json.put("fingerprint", location.fingerprint());
        return json;
    }

    static ResolvedLocation location(JsonNode json) {
        return new ResolvedLocation(text(json, "path"), span(field(json, "span")), excerpt(field(json, "excerpt")),
                text(json, "fingerprint"));
    }

    static Severity severity(String id) {
        return Severity.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown severity \"" + id + "\""));
    }

    private static ObjectNode span(SourceSpan span) {
        ObjectNode json = NODES.objectNode();
        json.put("offset", span.start().offset()).put("line", span.start().line())
                .put("column", span.start().column());
        json.put("endOffset", span.end().offset()).put("endLine", span.end().line())
                .put("endColumn", span.end().column());
        return json;
    }

    private static SourceSpan span(JsonNode json) {
        return new SourceSpan(new SourcePosition(number(json, "offset"), number(json, "line"), number(json, "column")),
                new SourcePosition(number(json, "endOffset"), number(json, "endLine"), number(json, "endColumn")));
    }

    private static ObjectNode excerpt(Excerpt excerpt) {
        return NODES.objectNode().put("text", excerpt.text()).put("firstColumn", excerpt.firstColumn())
                .put("truncatedLeft", excerpt.truncatedLeft()).put("truncatedRight", excerpt.truncatedRight());
    }

    private static Excerpt excerpt(JsonNode json) {
        return new Excerpt(text(json, "text"), number(json, "firstColumn"), bool(json, "truncatedLeft"),
                bool(json, "truncatedRight"));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static List<String> strings(JsonNode json, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array(json, name)) {
            if (!value.isTextual()) {
                throw new IllegalArgumentException("\"" + name + "\" must hold strings");
            }
            values.add(value.asText());
        }
        return values;
    }

    static JsonNode field(JsonNode json, String name) {
        JsonNode value = json == null ? null : json.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + name + "\"");
        }
        return value;
    }

    static JsonNode array(JsonNode json, String name) {
        JsonNode value = field(json, name);
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + name + "\" must be an array");
        }
        return value;
    }

    static String text(JsonNode json, String name) {
        JsonNode value = field(json, name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return value.asText();
    }

    static Optional<String> optionalText(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(text(json, name));
    }

    static int number(JsonNode json, String name) {
        JsonNode value = field(json, name);
        if (!value.isInt()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a whole number");
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode json, String name) {
        JsonNode value = field(json, name);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("\"" + name + "\" must be true or false");
        }
        return value.asBoolean();
    }
}
