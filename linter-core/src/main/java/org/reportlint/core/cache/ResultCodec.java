package org.reportlint.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * A file's result as cache JSON and back, losing nothing a report shows: every finding's positions (offset, line
 * and column of both ends), related locations, fix edits, code-frame excerpt and baseline fingerprint, and the
 * file's format, notices, count of suppressed findings and words (its score's length). Reading anything else is a {@link BadEntryException}.
 */
final class ResultCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultCodec() {
    }

    static ObjectNode write(FileResult result) {
        ObjectNode node = NODES.objectNode();
        node.put("path", result.path());
        result.format().ifPresent(format -> node.put("format", format));
        node.put("suppressed", result.suppressed());
        node.put("words", result.words());
        ArrayNode notices = node.putArray("notices");
        result.notices().forEach(notices::add);
        ArrayNode findings = node.putArray("findings");
        result.findings().forEach(finding -> findings.add(write(finding)));
        return node;
    }

    static FileResult read(JsonNode node) throws BadEntryException {
        List<String> notices = new ArrayList<>();
        for (JsonNode notice : array(node, "notices")) {
            notices.add(text(notice));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : array(node, "findings")) {
            findings.add(readFinding(finding));
        }
        Optional<String> format = node.hasNonNull("format") ? Optional.of(text(node.get("format"))) : Optional.empty();
        return new FileResult(text(node.get("path")), format, findings, List.of(), notices,
                integer(node.get("suppressed")), words(node.get("words")));
    }

    private static ObjectNode write(Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", finding.rule());
        node.put("severity", finding.severity().id());
        node.put("message", finding.message());
        node.set("span", write(finding.span()));
        ArrayNode related = node.putArray("related");
        for (RelatedLocation location : finding.related()) {
            ObjectNode one = related.addObject();
            one.put("message", location.message());
            one.set("span", write(location.span()));
            location.path().ifPresent(path -> one.put("path", path));
        }
        finding.fix().ifPresent(fix -> {
            ArrayNode edits = node.putArray("fix");
            fix.edits().forEach(edit -> edits.addArray().add(edit.offset()).add(edit.endOffset()).add(edit.text()));
        });
        Excerpt excerpt = finding.excerpt();
        node.putArray("excerpt").add(excerpt.text()).add(excerpt.firstColumn()).add(excerpt.truncatedLeft())
                .add(excerpt.truncatedRight());
        node.put("fingerprint", finding.fingerprint());
        return node;
    }

    private static Finding readFinding(JsonNode node) throws BadEntryException {
        Severity severity = Severity.fromId(text(node.get("severity")))
                .orElseThrow(() -> new BadEntryException("unknown severity"));
        List<RelatedLocation> related = new ArrayList<>();
        for (JsonNode one : array(node, "related")) {
            Optional<String> path = one.hasNonNull("path") ? Optional.of(text(one.get("path"))) : Optional.empty();
            related.add(new RelatedLocation(text(one.get("message")), span(one.get("span")), path));
        }
        Optional<Fix> fix = Optional.empty();
        if (node.has("fix")) {
            List<TextEdit> edits = new ArrayList<>();
            for (JsonNode edit : array(node, "fix")) {
                edits.add(new TextEdit(integer(edit.get(0)), integer(edit.get(1)), text(edit.get(2))));
            }
            fix = Optional.of(new Fix(edits));
        }
        JsonNode excerpt = node.get("excerpt");
        if (excerpt == null || !excerpt.isArray() || excerpt.size() != 4 || !excerpt.get(2).isBoolean()
                || !excerpt.get(3).isBoolean()) {
            throw new BadEntryException("bad excerpt");
        }
        return new Finding(text(node.get("rule")), severity, text(node.get("message")), span(node.get("span")),
                related, fix, new Excerpt(text(excerpt.get(0)), integer(excerpt.get(1)), excerpt.get(2).booleanValue(),
                        excerpt.get(3).booleanValue()), text(node.get("fingerprint")));
    }

    private static ArrayNode write(SourceSpan span) {
        return NODES.arrayNode().add(span.start().offset()).add(span.start().line()).add(span.start().column())
                .add(span.end().offset()).add(span.end().line()).add(span.end().column());
    }

    private static SourceSpan span(JsonNode node) throws BadEntryException {
        if (node == null || !node.isArray() || node.size() != 6) {
            throw new BadEntryException("bad span");
        }
        return new SourceSpan(new SourcePosition(integer(node.get(0)), integer(node.get(1)), integer(node.get(2))),
                new SourcePosition(integer(node.get(3)), integer(node.get(4)), integer(node.get(5))));
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) throws BadEntryException {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isArray()) {
            throw new BadEntryException("missing " + field);
        }
        return value;
    }

    private static String text(JsonNode node) throws BadEntryException {
        if (node == null || !node.isTextual()) {
            throw new BadEntryException("expected a string");
        }
        return node.textValue();
    }

    private static int words(JsonNode node) throws BadEntryException {
        int words = integer(node);
        if (words < 0) {
            throw new BadEntryException("negative word count");
        }
        return words;
    }

    private static int integer(JsonNode node) throws BadEntryException {
        if (node == null || !node.isInt()) {
            throw new BadEntryException("expected an integer");
        }
        return node.intValue();
    }

    /** A cache entry that is not what this version writes: the whole cache is then not trusted. */
    static final class BadEntryException extends Exception {
        BadEntryException(String message) {
            super(message, null, false, false);
        }
    }
}
