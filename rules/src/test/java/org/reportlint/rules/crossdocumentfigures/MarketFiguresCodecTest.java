package org.reportlint.rules.crossdocumentfigures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.facts.Bounds;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;

/**
 * The codec alone, with stand-in locations: every value, open bounds included, comes back equal, and what it did not
 * write is refused. That shards merge into one run's report is CrossDocumentFiguresCliTest's.
 */
class MarketFiguresCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MarketFiguresCodec codec = new MarketFiguresCodec();

    /** A location as the test writes it: a path and a span, compared by value. */
    private record Place(String path, SourceSpan span) implements DocumentLocation {
    }

    private static final FactCodec.Locations LOCATIONS = new FactCodec.Locations() {
        @Override
        public JsonNode write(DocumentLocation location) {
            return JsonNodeFactory.instance.objectNode().put("path", location.path())
                    .put("offset", location.span().startOffset()).put("endOffset", location.span().endOffset());
        }

        @Override
        public DocumentLocation read(JsonNode json) {
            return place(json.get("path").textValue(), json.get("offset").intValue(), json.get("endOffset").intValue());
        }
    };

    private static Place place(String path, int start, int end) {
        return new Place(path, new SourceSpan(new SourcePosition(start, 1, start + 1),
                new SourcePosition(end, 1, end + 1)));
    }

    @Test
    void everyValueComesBackEqual() throws Exception {
        MarketFigures figures = new MarketFigures("sensor pressure", "pressure sensor market", List.of(
                new StatedFigure("size 2024 USD", StatedFigure.Kind.SIZE, "2024", "USD 2.9 billion",
                        new Bounds(2.85e9, 2.95e9), place("a.md", 10, 25)),
                new StatedFigure("cagr forecast value 2025-2032", StatedFigure.Kind.GROWTH_RATE, "2025-2032",
                        "\"CAGR of at least 7%\"", new Bounds(7, Double.POSITIVE_INFINITY), place("a.md", 40, 59)),
                new StatedFigure("size 2032 USD projected", StatedFigure.Kind.SIZE, "2032", "up to USD 5 billion",
                        new Bounds(Double.NEGATIVE_INFINITY, 5e9), place("a.md", 70, 89))));
        JsonNode written = JSON.readTree(JSON.writeValueAsString(codec.encode(figures, LOCATIONS)));
        assertEquals(figures, codec.decode(written, LOCATIONS));
        assertEquals("null", written.get("figures").get(1).get("high").toString());
    }

    @Test
    void whatItDidNotWriteIsRefused() throws Exception {
        assertEquals("market figures need an array \"figures\"", assertThrows(IllegalArgumentException.class,
                () -> codec.decode(JSON.readTree("{\"market\": \"x\", \"name\": \"x market\"}"), LOCATIONS))
                .getMessage());
        assertEquals("unknown kind of market figure \"share\"", assertThrows(IllegalArgumentException.class,
                () -> codec.decode(JSON.readTree("{\"market\": \"x\", \"name\": \"x market\", \"figures\": [{"
                        + "\"figure\": \"f\", \"kind\": \"share\", \"period\": \"2024\", \"printed\": \"5%\","
                        + " \"low\": 1, \"high\": 2}]}"), LOCATIONS)).getMessage());
        assertEquals("a market figure needs a number or null \"low\"", assertThrows(IllegalArgumentException.class,
                () -> codec.decode(JSON.readTree("{\"market\": \"x\", \"name\": \"x market\", \"figures\": [{"
                        + "\"figure\": \"f\", \"kind\": \"size\", \"period\": \"2024\", \"printed\": \"5%\","
                        + " \"low\": \"1\", \"high\": 2}]}"), LOCATIONS)).getMessage());
    }
}
