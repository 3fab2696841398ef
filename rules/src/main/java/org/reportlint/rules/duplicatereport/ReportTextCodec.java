package org.reportlint.rules.duplicatereport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reportlint.core.rule.FactCodec;

/** Writes a {@link ReportText} into a shard's report and reads it back for {@code reportlint merge}. */
final class ReportTextCodec implements FactCodec<ReportText> {

    @Override
    public JsonNode encode(ReportText value, Locations locations) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("location", locations.write(value.location()));
        json.put("words", value.words());
        json.put("digest", value.digest());
        ArrayNode signature = json.putArray("signature");
        for (int hash : value.signature()) {
            signature.add(hash);
        }
        json.put("threshold", value.threshold());
        return json;
    }

    @Override
    public ReportText decode(JsonNode json, Locations locations) {
        if (!json.path("words").isInt() || !json.path("digest").isTextual() || !json.path("threshold").isNumber()
                || !json.path("signature").isArray() || json.get("signature").size() != MinHashSignature.SIZE) {
            throw new IllegalArgumentException("a duplicate-report value needs words, digest, threshold and a "
                    + "signature of " + MinHashSignature.SIZE + " integers");
        }
        int[] signature = new int[MinHashSignature.SIZE];
        for (int k = 0; k < signature.length; k++) {
            JsonNode hash = json.get("signature").get(k);
            if (!hash.isInt()) {
                throw new IllegalArgumentException("a duplicate-report signature holds integers, not " + hash);
            }
            signature[k] = hash.intValue();
        }
        return new ReportText(locations.read(json.get("location")), json.get("words").intValue(),
                json.get("digest").textValue(), signature, json.get("threshold").doubleValue());
    }
}
