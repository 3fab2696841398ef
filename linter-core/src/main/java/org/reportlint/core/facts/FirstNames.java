package org.reportlint.core.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MarketNames#first} of the texts of one document, each worked out once: finding the document's market and
 * its separate parts reads every heading several times. Used while those are found, by one thread.
 */
final class FirstNames {
    private final Map<String, Optional<String>> known = new HashMap<>();

    Optional<String> of(String text) {
        Optional<String> name = known.get(text);
        if (name == null) {
            name = MarketNames.first(text);
            known.put(text, name);
        }
        return name;
    }
}
