package org.reportlint.core.result;

import org.reportlint.core.source.SourceSpan;

/** Another place in the same file that explains a finding. */
public record RelatedLocation(String message, SourceSpan span) {
}
