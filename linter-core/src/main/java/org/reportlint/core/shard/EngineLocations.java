package org.reportlint.core.shard;

import com.fasterxml.jackson.databind.JsonNode;
import org.reportlint.core.engine.internal.ResolvedLocation;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.FactCodec;

/** The engine's locations as JSON for rule codecs: path, span, code frame excerpt and fingerprint. */
final class EngineLocations implements FactCodec.Locations {
    static final EngineLocations INSTANCE = new EngineLocations();

    private EngineLocations() {
    }

    @Override
    public JsonNode write(DocumentLocation location) {
        if (location instanceof ResolvedLocation resolved) {
            return ResultJson.location(resolved);
        }
        throw new IllegalArgumentException("a location must come from CollectContext.locate, not "
                + location.getClass().getName());
    }

    @Override
    public DocumentLocation read(JsonNode json) {
        return ResultJson.location(json);
    }
}
