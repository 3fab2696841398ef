package org.reportlint.core.rule;

/**
 * A pair of snippets for {@code reportlint explain}: one the rule flags and one it accepts.
 *
 * @param failing text the rule reports
 * @param passing the same content written so that the rule is satisfied
 */
public record RuleExample(String failing, String passing) {
}
