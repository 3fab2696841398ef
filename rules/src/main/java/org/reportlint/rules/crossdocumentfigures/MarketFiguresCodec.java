package org.reportlint.rules.crossdocumentfigures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportlint.core.facts.Bounds;
import org.reportlint.core.rule.FactCodec;

/**
 * Writes a report's {@link MarketFigures} into a shard's JSON report and reads them back. An open end of a value's
 * bounds ("at least 5%", "up to USD 2 billion") is written as {@code null}, since JSON has no infinity.
 */
final class MarketFiguresCodec implements FactCodec<MarketFigures> {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode encode(MarketFigures value, Locations locations) {
        ObjectNode json = NODES.objectNode().put("market", value.market()).put("name", value.name());
        ArrayNode figures = json.putArray("figures");
        for (StatedFigure figure : value.figures()) {
            ObjectNode item = figures.addObject()
                    .put("figure", figure.figure())
                    .put("kind", figure.kind().name().toLowerCase(Locale.ROOT))
                    .put("period", figure.period())
                    .put("printed", figure.printed());
            putBound(item, "low", figure.bounds().low());
            putBound(item, "high", figure.bounds().high());
            item.set("location", locations.write(figure.location()));
        }
        return json;
    }

    @Override
    public MarketFigures decode(JsonNode json, Locations locations) {
        List<StatedFigure> figures = new ArrayList<>();
        JsonNode items = json.path("figures");
        if (!items.isArray()) {
            throw new IllegalArgumentException("market figures need an array \"figures\"");
        }
        for (JsonNode item : items) {
            figures.add(new StatedFigure(text(item, "figure"), kind(text(item, "kind")), text(item, "period"),
                    text(item, "printed"), new Bounds(bound(item, "low", Double.NEGATIVE_INFINITY),
                            bound(item, "high", Double.POSITIVE_INFINITY)), locations.read(item.path("location"))));
        }
        return new MarketFigures(text(json, "market"), text(json, "name"), figures);
    }

    private static void putBound(ObjectNode item, String field, double value) {
        if (Double.isInfinite(value)) {
            item.putNull(field);
        } else {
            item.put(field, value);
        }
    }

    private static double bound(JsonNode item, String field, double open) {
        JsonNode value = item.get(field);
        if (value == null || !(value.isNumber() || value.isNull())) {
            throw new IllegalArgumentException("a market figure needs a number or null \"" + field + "\"");
        }
        return value.isNull() ? open : value.doubleValue();
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("market figures need a string \"" + field + "\"");
        }
        return value.textValue();
    }

    private static StatedFigure.Kind kind(String name) {
        for (StatedFigure.Kind kind : StatedFigure.Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind of market figure \"" + name + "\"");
    }
}
