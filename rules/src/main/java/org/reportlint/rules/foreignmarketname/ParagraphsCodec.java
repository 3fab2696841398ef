package org.reportlint.rules.foreignmarketname;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.rule.FactCodec;

/**
 * Writes {@link ReportParagraphs} into a shard's report and reads them back. Fingerprints are written as 16 hex digits:
 * a JSON number of 64 bits does not survive every reader.
 */
final class ParagraphsCodec implements FactCodec<ReportParagraphs> {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode encode(ReportParagraphs value, Locations locations) {
        ObjectNode json = NODES.objectNode().put("market", value.market());
        ArrayNode templates = json.putArray("templates");
        for (ReportParagraphs.Template template : value.templates()) {
            ObjectNode entry = templates.addObject().put("fingerprint", hex(template.fingerprint()));
            entry.set("at", locations.write(template.location()));
            ArrayNode others = entry.putArray("otherMarkets");
            template.otherMarkets().forEach(others::add);
        }
        ArrayNode names = json.putArray("foreignNames");
        for (ReportParagraphs.ForeignName name : value.foreignNames()) {
            ObjectNode entry = names.addObject().put("market", name.market()).put("written", name.written())
                    .put("fingerprint", hex(name.fingerprint()));
            entry.set("at", locations.write(name.location()));
        }
        return json;
    }

    @Override
    public ReportParagraphs decode(JsonNode json, Locations locations) {
        List<ReportParagraphs.Template> templates = new ArrayList<>();
        for (JsonNode entry : array(json, "templates")) {
            List<String> others = new ArrayList<>();
            for (JsonNode other : array(entry, "otherMarkets")) {
                if (!other.isTextual()) {
                    throw new IllegalArgumentException("the other markets of a paragraph are names");
                }
                others.add(other.textValue());
            }
            templates.add(new ReportParagraphs.Template(fingerprint(entry), locations.read(entry.get("at")), others));
        }
        List<ReportParagraphs.ForeignName> names = new ArrayList<>();
        for (JsonNode entry : array(json, "foreignNames")) {
            names.add(new ReportParagraphs.ForeignName(text(entry, "market"), text(entry, "written"),
                    fingerprint(entry), locations.read(entry.get("at"))));
        }
        return new ReportParagraphs(text(json, "market"), templates, names);
    }

    private static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    private static long fingerprint(JsonNode entry) {
        String hex = text(entry, "fingerprint");
        if (hex.length() != 16) {
            throw new IllegalArgumentException("a paragraph fingerprint is 16 hex digits, not \"" + hex + "\"");
        }
        try {
            return Long.parseUnsignedLong(hex, 16);
        } catch (NumberFormatException notHex) {
            throw new IllegalArgumentException("a paragraph fingerprint is 16 hex digits, not \"" + hex + "\"");
        }
    }

    private static JsonNode array(JsonNode json, String field) {
        JsonNode array = json.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("the paragraphs of a report need \"" + field + "\" as an array");
        }
        return array;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the paragraphs of a report need \"" + field + "\" as text");
        }
        return value.textValue();
    }
}
