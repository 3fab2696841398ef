package org.reportlint.core.suppress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlint.core.result.Finding;

/**
 * Decides which findings a document's directives hide, and which directives hid nothing.
 *
 * <p>{@code disable} hides findings that start after it until an {@code enable} for the same rule;
 * {@code disable-next-line} hides findings that start on the line after the comment; {@code disable-line} those that
 * start on the line the comment ends on; {@code disable-file} hides
 * them everywhere. Internal errors are never hidden.
 */
public final class Suppressions {
    private final List<Directive> directives;
    private final DirectiveIndex index;

    public Suppressions(List<Directive> directives) {
        this.directives = List.copyOf(directives);
        this.index = new DirectiveIndex(this.directives);
    }

    /** The directives, in source order. */
    public List<Directive> directives() {
        return directives;
    }

    /**
     * The outcome of applying directives to findings.
     *
     * @param kept the findings still reported
     * @param suppressed how many findings were hidden
     * @param unused each directive that hid nothing, with the rule ids it named that hid nothing (empty for "all")
     */
    public record Outcome(List<Finding> kept, int suppressed, Map<Directive, List<String>> unused) {
    }

    /**
     * Which rules each directive hid findings of, so far. Findings can be filtered in rounds (a document's own, then
     * those of cross-document rules once every document is read) and a directive counts as used by any of them.
     */
    public record Usage(Map<Directive, Set<String>> hid) {
        public static final Usage NONE = new Usage(Map.of());

        public Usage {
            Map<Directive, Set<String>> copy = new LinkedHashMap<>();
            hid.forEach((directive, rules) -> copy.put(directive, Set.copyOf(rules)));
            hid = Collections.unmodifiableMap(copy);
        }

        /** What this and {@code other} hid together. */
        public Usage plus(Usage other) {
            Map<Directive, Set<String>> both = new LinkedHashMap<>();
            hid.forEach((directive, rules) -> both.put(directive, new LinkedHashSet<>(rules)));
            other.hid.forEach((directive, rules) -> both.computeIfAbsent(directive, d -> new LinkedHashSet<>())
                    .addAll(rules));
            return new Usage(both);
        }
    }

    /**
     * One round of filtering.
     *
     * @param kept the findings still reported
     * @param suppressed how many findings were hidden
     * @param usage which rules each directive hid findings of
     */
    public record Filtered(List<Finding> kept, int suppressed, Usage usage) {
        public Filtered {
            kept = List.copyOf(kept);
        }
    }

    public Outcome apply(List<Finding> findings, Set<String> neverSuppressed) {
        Filtered filtered = filter(findings, neverSuppressed);
        return new Outcome(filtered.kept(), filtered.suppressed(), unused(filtered.usage()));
    }

    /** Hides the findings the directives cover, except those of rules in {@code neverSuppressed}. */
    public Filtered filter(List<Finding> findings, Set<String> neverSuppressed) {
        Map<Directive, Set<String>> used = new LinkedHashMap<>();
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Finding finding : findings) {
            Directive by = neverSuppressed.contains(finding.rule()) ? null : suppressor(finding);
            if (by == null) {
                kept.add(finding);
            } else {
                suppressed++;
                used.computeIfAbsent(by, d -> new LinkedHashSet<>()).add(finding.rule());
            }
        }
        return new Filtered(kept, suppressed, new Usage(used));
    }

    /** Each directive that hid nothing in {@code usage}, with the rule ids it named that hid nothing. */
    public Map<Directive, List<String>> unused(Usage usage) {
        Map<Directive, List<String>> unused = new LinkedHashMap<>();
        for (Directive directive : directives) {
            if (directive.kind() == Directive.Kind.ENABLE) {
                continue;
            }
            Set<String> hid = usage.hid().getOrDefault(directive, Set.of());
            if (directive.rules().isEmpty()) {
                if (hid.isEmpty()) {
                    unused.put(directive, List.of());
                }
            } else {
                List<String> idle = directive.rules().stream().filter(id -> !hid.contains(id)).toList();
                if (!idle.isEmpty()) {
                    unused.put(directive, idle);
                }
            }
        }
        return unused;
    }

    /** The directive that hides a finding, or null: the most specific one, so a broader one can be seen to be unused. */
    private Directive suppressor(Finding finding) {
        return index.suppressor(finding.rule(), finding.span().start().offset(), finding.span().start().line());
    }

    /** Steps taken so far to find suppressors, for tests that check the work grows linearly. */
    long work() {
        return index.work();
    }
}
