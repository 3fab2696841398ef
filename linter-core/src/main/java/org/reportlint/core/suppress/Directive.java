package org.reportlint.core.suppress;

import java.util.List;
import java.util.Optional;
import org.reportlint.core.source.TextRange;

/**
 * One inline {@code reportlint-*} comment.
 *
 * @param kind what the directive does
 * @param rules the rule ids it names; empty means every rule
 * @param reason the text after {@code --}, if any
 * @param range the source range of the whole comment
 * @param line the 1-based line the comment ends on
 */
public record Directive(Kind kind, List<String> rules, Optional<String> reason, TextRange range, int line) {

    /** The directives reportlint understands, by their keyword in the comment. */
    public enum Kind {
        DISABLE("reportlint-disable"),
        ENABLE("reportlint-enable"),
        DISABLE_NEXT_LINE("reportlint-disable-next-line"),
        /** Hides findings that start on the line the comment ends on, for a comment at the end of that line. */
        DISABLE_LINE("reportlint-disable-line"),
        DISABLE_FILE("reportlint-disable-file");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public Directive {
        rules = List.copyOf(rules);
    }

    public boolean covers(String rule) {
        return rules.isEmpty() || rules.contains(rule);
    }
}
