package org.reportlint.core.rule;

/**
 * A check over one document. Implementations are stateless and thread-safe: the engine calls one instance for many
 * documents at once. They are found with {@link java.util.ServiceLoader}, so a rule jar registers its classes in
 * {@code META-INF/services/org.reportlint.core.rule.Rule}.
 */
public interface Rule {

    /** The rule's id, texts, default severity and options; the same value on every call. */
    RuleMetadata metadata();

    /** Reports every problem of the document through {@link RuleContext#report(Problem)}. */
    void check(RuleContext context);

    /**
     * Checks configured option values beyond their types, such as a pattern that does not compile, so that the
     * mistake is a configuration error at the option's position rather than a failure on every file.
     *
     * @param options the configured options, already of the right types
     * @return for each invalid option, its name and a one-line reason; empty when all are valid
     */
    default java.util.Map<String, String> validateOptions(RuleOptions options) {
        return java.util.Map.of();
    }

    /**
     * Whether a finding of this rule whose text lies inside an occurrence of a term on an accept list
     * ({@code vocabularies} in the config) is dropped: {@code Company A} inside an accepted {@code Company A Ltd}.
     * For rules that flag names and wording, whose false alarms are real names a team knows; a rule about figures
     * or markup keeps the default, false.
     */
    default boolean honoursAcceptedTerms() {
        return false;
    }
}
