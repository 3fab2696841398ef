package org.reportlint.core.engine.internal;

import java.util.Objects;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.source.SourceSpan;

/**
 * A place in a document with everything a finding there needs, taken while the document was in memory: what the
 * engine gives cross-document rules as a {@link DocumentLocation}, and keeps for unused-suppression findings.
 *
 * @param path the document's path as reported
 * @param span where in it
 * @param excerpt the start line around it, for code frames
 * @param fingerprint the baseline fingerprint for findings of the rule it was resolved for
 */
public record ResolvedLocation(String path, SourceSpan span, Excerpt excerpt, String fingerprint)
        implements DocumentLocation {

    public ResolvedLocation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
