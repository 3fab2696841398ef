package org.reportlint.core.result;

import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.source.SourceSpan;

/**
 * Another place that explains a finding.
 *
 * @param message what is there
 * @param span where, in the file named by {@code path}
 * @param path the file it is in when that is not the finding's own file (cross-document findings); else empty
 */
public record RelatedLocation(String message, SourceSpan span, Optional<String> path) {

    public RelatedLocation {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(path, "path");
    }

    /** A place in the finding's own file. */
    public RelatedLocation(String message, SourceSpan span) {
        this(message, span, Optional.empty());
    }

    /** The file the place is in: {@code path} when it is another file, else {@code findingPath}. */
    public String pathOr(String findingPath) {
        return path.orElse(findingPath);
    }
}
