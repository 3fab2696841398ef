package org.reportlint.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.source.TextRange;

/**
 * What a rule reports: a message about a source range, optionally with related ranges and a fix. The engine adds
 * the rule id, the configured severity and the line and column positions.
 */
public record Problem(TextRange range, String message, List<Related> related, Optional<Fix> fix) {

    /** Another place in the same document that explains this problem, such as the occurrence it contradicts. */
    public record Related(TextRange range, String message) {
    }

    public Problem {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
        related = List.copyOf(related);
        Objects.requireNonNull(fix, "fix");
    }

    public static Problem at(TextRange range, String message) {
        return new Problem(range, message, List.of(), Optional.empty());
    }

    public static Problem at(int start, int end, String message) {
        return at(new TextRange(start, end), message);
    }

    public Problem withRelated(TextRange relatedRange, String relatedMessage) {
        List<Related> more = new ArrayList<>(related);
        more.add(new Related(relatedRange, relatedMessage));
        return new Problem(range, message, more, fix);
    }

    public Problem withFix(Fix newFix) {
        return new Problem(range, message, related, Optional.of(newFix));
    }
}
