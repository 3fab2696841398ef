package org.reportlint.core.rule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes what a {@link CrossDocumentRule} collected from one document as JSON and reads it back, so that a run split
 * into shards ({@code --shard K/N}) can hand the values to {@code reportlint merge}, which runs
 * {@link CrossDocumentRule#report} over the values of every shard.
 *
 * <p>{@code decode(encode(value))} must give a value that {@code report} treats exactly like the original: the
 * merged report is meant to equal the report of one run over every file. Places in documents are written with
 * {@link Locations}, never by hand, because a location carries the code frame and fingerprint the engine resolved
 * for it. A rule without a codec still works in one run; a merge says its findings are missing.
 *
 * @param <F> the value the rule collects from one document
 */
public interface FactCodec<F> {

    /** The value as a JSON tree; {@code locations} writes each {@link DocumentLocation} it holds. */
    JsonNode encode(F value, Locations locations);

    /**
     * The value {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when {@code json} is not what {@code encode} writes; the merge reports it
     *     as a one-line error naming the shard report
     */
    F decode(JsonNode json, Locations locations);

    /** Turns the engine's document locations into JSON and back. */
    interface Locations {

        /** @throws IllegalArgumentException for a location that did not come from {@link CollectContext#locate} */
        JsonNode write(DocumentLocation location);

        /** @throws IllegalArgumentException when {@code json} is not what {@link #write} wrote */
        DocumentLocation read(JsonNode json);
    }
}
