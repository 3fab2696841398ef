package org.reportlint.core.engine.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Equal values of one document's findings, kept once: a rule that flags the same filler on every line reports the
 * same message (and, on short lines, the same excerpt) thousands of times, and each finding outlives the document.
 * Kept with the document, so it is gone with it; the findings of a document are made on one thread.
 */
final class SharedValues {
    /** Past this many distinct values a document's values are no longer worth remembering. */
    private static final int MAX_VALUES = 4096;

    private final Map<Object, Object> values = new HashMap<>();

    /** {@code value}, or an equal value handed out before. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        Object known = values.get(value);
        if (known != null) {
            return (T) known;
        }
        if (values.size() < MAX_VALUES) {
            values.put(value, value);
        }
        return value;
    }
}
