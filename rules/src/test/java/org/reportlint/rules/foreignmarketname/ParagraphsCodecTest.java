package org.reportlint.rules.foreignmarketname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;

/** What a shard writes of a report reads back as the same value, and anything else is refused in one line. */
class ParagraphsCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ParagraphsCodec codec = new ParagraphsCodec();

    /** A place that the test's locations write as its path and line. */
    private record Place(String path, SourceSpan span) implements DocumentLocation {
    }

    private static Place place(String path, int line) {
        SourcePosition start = new SourcePosition(line * 100, line, 1);
        return new Place(path, new SourceSpan(start, new SourcePosition(line * 100 + 4, line, 5)));
    }

    private static final FactCodec.Locations LOCATIONS = new FactCodec.Locations() {
        @Override
        public JsonNode write(DocumentLocation location) {
            return JSON.createObjectNode().put("path", location.path()).put("line", location.span().start().line());
        }

        @Override
        public DocumentLocation read(JsonNode json) {
            return place(json.get("path").textValue(), json.get("line").intValue());
        }
    };

    private static ReportParagraphs value() {
        return new ReportParagraphs("widget market",
                List.of(new ReportParagraphs.Template(-1L, place("a.html", 3), List.of()),
                        new ReportParagraphs.Template(0x7f00ff00ff00ff00L, place("a.html", 9),
                                List.of("expanding market", "gadget market"))),
                List.of(new ReportParagraphs.ForeignName("gadget market", "Gadget Market", Long.MIN_VALUE,
                        place("a.html", 12))));
    }

    @Test
    void aValueReadsBackEqual() {
        JsonNode written = codec.encode(value(), LOCATIONS);
        assertEquals(value(), codec.decode(written, LOCATIONS));
        assertEquals("ffffffffffffffff", written.get("templates").get(0).get("fingerprint").textValue());
        assertEquals(value(), codec.decode(JSON.valueToTree(written), LOCATIONS), "through text and back");
    }

    @Test
    void aBrokenValueIsRefusedWithItsReason() {
        ObjectNode written = (ObjectNode) codec.encode(value(), LOCATIONS);
        ObjectNode noMarket = written.deepCopy();
        noMarket.remove("market");
        assertEquals("the paragraphs of a report need \"market\" as text", assertThrows(
                IllegalArgumentException.class, () -> codec.decode(noMarket, LOCATIONS)).getMessage());
        ObjectNode badHash = written.deepCopy();
        ((ObjectNode) badHash.get("templates").get(0)).put("fingerprint", "xyz");
        assertEquals("a paragraph fingerprint is 16 hex digits, not \"xyz\"", assertThrows(
                IllegalArgumentException.class, () -> codec.decode(badHash, LOCATIONS)).getMessage());
        ObjectNode noArray = written.deepCopy();
        noArray.put("foreignNames", 3);
        assertThrows(IllegalArgumentException.class, () -> codec.decode(noArray, LOCATIONS));
    }
}
