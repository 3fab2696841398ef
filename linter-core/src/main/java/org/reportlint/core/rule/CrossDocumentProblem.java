package org.reportlint.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a cross-document rule reports: a message at a place in one document, and related places that may be in other
 * documents. The engine adds the rule id and the severity configured for the file the finding is in.
 */
public record CrossDocumentProblem(DocumentLocation location, String message, List<Related> related) {

    /** Another place, in this document or another, that explains the problem, such as the report it duplicates. */
    public record Related(DocumentLocation location, String message) {
        public Related {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(message, "message");
        }
    }

    public CrossDocumentProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        related = List.copyOf(related);
    }

    public static CrossDocumentProblem at(DocumentLocation location, String message) {
        return new CrossDocumentProblem(location, message, List.of());
    }

    public CrossDocumentProblem withRelated(DocumentLocation relatedLocation, String relatedMessage) {
        List<Related> more = new ArrayList<>(related);
        more.add(new Related(relatedLocation, relatedMessage));
        return new CrossDocumentProblem(location, message, more);
    }
}
