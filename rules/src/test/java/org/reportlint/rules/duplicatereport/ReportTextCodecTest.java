package org.reportlint.rules.duplicatereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.FactCodec;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;

/** What a shard writes of a document reads back as the same value, and anything else is refused. */
class ReportTextCodecTest {
    private final ReportTextCodec codec = new ReportTextCodec();
    private final List<DocumentLocation> places = new ArrayList<>();
    /** Locations by index, as a stand-in for the engine's. */
    private final FactCodec.Locations locations = new FactCodec.Locations() {
        @Override
        public JsonNode write(DocumentLocation location) {
            places.add(location);
            return TextNode.valueOf(String.valueOf(places.size() - 1));
        }

        @Override
        public DocumentLocation read(JsonNode json) {
            return places.get(Integer.parseInt(json.textValue()));
        }
    };

    private static ReportText sample() {
        long[] words = ProseWords.of("The widget market was valued at USD 4.2 billion in 2024 and grows.");
        DocumentLocation at = new DocumentLocation() {
            @Override
            public String path() {
                return "reports/a.html";
            }

            @Override
            public SourceSpan span() {
                return new SourceSpan(new SourcePosition(3, 1, 4), new SourcePosition(9, 1, 10));
            }
        };
        return new ReportText(at, words.length, MinHashSignature.digest(words), MinHashSignature.of(words), 0.85);
    }

    @Test
    void aValueReadsBackEqual() throws Exception {
        ReportText value = sample();
        JsonNode json = new ObjectMapper().readTree(codec.encode(value, locations).toString());
        assertEquals(value, codec.decode(json, locations));
        assertEquals(MinHashSignature.SIZE, json.get("signature").size());
    }

    @Test
    void aDamagedValueIsRefusedWithAReason() {
        ObjectNode json = (ObjectNode) codec.encode(sample(), locations);
        ObjectNode shortSignature = json.deepCopy();
        ((ArrayNode) shortSignature.get("signature")).remove(0);
        ObjectNode textInSignature = json.deepCopy();
        ((ArrayNode) textInSignature.get("signature")).set(3, TextNode.valueOf("x"));
        ObjectNode noDigest = json.deepCopy();
        noDigest.remove("digest");
        for (ObjectNode damaged : List.of(shortSignature, textInSignature, noDigest)) {
            assertThrows(IllegalArgumentException.class, () -> codec.decode(damaged, locations), damaged::toString);
        }
    }

    @Test
    void optionsOutOfRangeAreConfigurationErrors() {
        DuplicateReportRule rule = new DuplicateReportRule();
        assertEquals(Map.of(), rule.validateOptions(RuleOptions.of(Map.of("threshold", 1.0, "minWords", 5))));
        assertEquals(Map.of("threshold", "must be above 0 and at most 1, not 1.5"),
                rule.validateOptions(RuleOptions.of(Map.of("threshold", 1.5))));
        assertEquals(Map.of("threshold", "must be above 0 and at most 1, not 0.0",
                        "minWords", "must be at least 5, not 2"),
                rule.validateOptions(RuleOptions.of(Map.of("threshold", 0.0, "minWords", 2))));
    }
}
