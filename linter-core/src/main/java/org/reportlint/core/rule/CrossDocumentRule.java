package org.reportlint.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A check across every document of a run, such as two reports that share a title; the second kind of rule beside
 * {@link Rule}, with the same metadata, configuration, presets and documentation.
 *
 * <p>It works in two steps. {@link #collect} runs on each document the rule is enabled for, on the engine's worker
 * threads, and returns a small value; the engine keeps that value and drops the document. When every document of
 * the run has been read, {@link #report} runs once with all the values and reports findings in any of the files.
 * Because the documents are gone by then, a value must hold everything {@code report} needs, with each place as a
 * {@link DocumentLocation} from {@link CollectContext#locate}. Options are given to {@code collect}, per file; keep
 * in the value whatever of them {@code report} needs.
 *
 * <p>Findings of a cross-document rule go through the inline suppressions of the file they are in, the baseline,
 * the fail level and every report format like any other finding; they have no fix. A rule that throws in either
 * step gives an {@code internal-error} finding and the run exits with code 3. Implementations are stateless and
 * thread-safe, and are found with {@link java.util.ServiceLoader}: a rule jar lists them in
 * {@code META-INF/services/org.reportlint.core.rule.CrossDocumentRule}.
 *
 * <p>When a run is split into shards ({@code --shard K/N}), no shard can report alone: each writes what it
 * collected into its JSON report with the rule's {@link #codec}, and {@code reportlint merge} runs {@code report}
 * over the values of every shard, in the path order of one run.
 *
 * @param <F> what the rule keeps of one document: small and immutable
 */
public interface CrossDocumentRule<F> {

    /** The rule's id, texts, default severity and options; the same value on every call. */
    RuleMetadata metadata();

    /** What this rule needs from one document, or empty when the document gives it nothing. */
    Optional<F> collect(CollectContext context);

    /**
     * Reports the findings of the whole run through {@link CrossDocumentContext#report}.
     *
     * @param collected the values {@link #collect} returned, in the path order of their documents
     */
    void report(List<F> collected, CrossDocumentContext context);

    /**
     * How a collected value is written into a shard's JSON report and read back by {@code reportlint merge}; empty
     * (the default) when the rule cannot be sharded, and a merge then says that its findings are missing.
     */
    default Optional<FactCodec<F>> codec() {
        return Optional.empty();
    }

    /** Checks configured option values beyond their types, like {@link Rule#validateOptions}. */
    default Map<String, String> validateOptions(RuleOptions options) {
        return Map.of();
    }
}
