package org.reportlint.core.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.engine.internal.ResolvedLocation;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.suppress.Directive;

/**
 * A linted file whose result still waits for cross-document findings, as plain values: what a shard writes into its
 * report so that {@code reportlint merge} can finish the file exactly as one run would have.
 *
 * @param own the findings of the file's own rules, already through its directives, without unused suppressions
 * @param crossDocumentRules the cross-document rules enabled for the file, with the severity they report at there
 * @param unusedSuppression the severity of {@code unused-suppression} for the file, empty when it is off
 * @param origin where an internal error of a cross-document rule is reported in this file
 * @param directives the file's inline directives in source order
 * @param hid which rules each directive hid findings of in the file's own round
 * @param located where each directive is, for its unused-suppression finding (only when that is on)
 * @param collected what each cross-document rule collected from the document, by rule id
 * @param group the configured group the file is compared within, empty when the run has no groups
 */
public record PendingFile(FileResult own, Map<String, Severity> crossDocumentRules, Optional<Severity> unusedSuppression,
                          Optional<ResolvedLocation> origin, List<Directive> directives,
                          Map<Directive, Set<String>> hid, Map<Directive, ResolvedLocation> located,
                          Map<String, Object> collected, Optional<String> group) {

    public PendingFile {
        Objects.requireNonNull(own, "own");
        crossDocumentRules = Map.copyOf(crossDocumentRules);
        Objects.requireNonNull(unusedSuppression, "unusedSuppression");
        Objects.requireNonNull(origin, "origin");
        directives = List.copyOf(directives);
        hid = Map.copyOf(hid);
        located = Map.copyOf(located);
        collected = Map.copyOf(collected);
        Objects.requireNonNull(group, "group");
    }

    /** The same file, compared within {@code configured} (empty for none). */
    public PendingFile inGroup(Optional<String> configured) {
        return new PendingFile(own, crossDocumentRules, unusedSuppression, origin, directives, hid, located,
                collected, configured);
    }

    public String path() {
        return own.path();
    }
}
