package org.reportlint.core.result;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourceSpan;

/**
 * One reported problem in one file, complete with rule id, severity and resolved positions.
 *
 * @param rule the id of the rule that reported it
 * @param severity the configured severity
 * @param message what is wrong, naming the offending text
 * @param span where it is
 * @param related other places that explain it
 * @param fix a safe change that resolves it, if the rule offers one
 * @param excerpt the start line around the finding, for code frames
 * @param fingerprint a hash of the rule, the flagged text and its surroundings that does not depend on line numbers
 */
public record Finding(String rule, Severity severity, String message, SourceSpan span,
                      List<RelatedLocation> related, Optional<Fix> fix, Excerpt excerpt, String fingerprint) {

    /** Report order: line, column, rule id, then message so that equal positions still sort stably. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message)
            .thenComparingInt(f -> f.span().endOffset());

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        related = List.copyOf(related);
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public boolean isFixable() {
        return fix.isPresent();
    }
}
