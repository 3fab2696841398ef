package org.reportlint.maven;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

/**
 * The findings of a run counted per rule and severity, as Checkstyle's plugin counts violations per check: what a
 * build log shows when it does not list every finding, and what a reader scans first when it does.
 */
final class RuleSummary {

    /**
     * How many findings of one rule there are at each severity.
     *
     * @param counts the count per severity, only those above zero, most severe first
     */
    record RuleCount(String rule, Map<Severity, Integer> counts) {

        /** The most severe level the rule reported at. */
        Severity worst() {
            return counts.keySet().iterator().next();
        }

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private RuleSummary() {
    }

    /**
     * Every rule that reported anything: rules with errors first, then by how many findings they have (most
     * first), then by id, so the worst problem of a large run is on the first line.
     */
    static List<RuleCount> count(LintResult result) {
        Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
        for (FileResult file : result.files()) {
            for (Finding finding : file.findings()) {
                byRule.computeIfAbsent(finding.rule(), rule -> new EnumMap<>(Severity.class))
                        .merge(finding.severity(), 1, Integer::sum);
            }
        }
        List<RuleCount> counts = new ArrayList<>();
        byRule.forEach((rule, bySeverity) -> counts.add(new RuleCount(rule, mostSevereFirst(bySeverity))));
        counts.sort(Comparator.comparingInt((RuleCount c) -> rank(c.worst()))
                .thenComparing(Comparator.comparingInt(RuleCount::total).reversed())
                .thenComparing(RuleCount::rule));
        return counts;
    }

    /** {@code reportlint: placeholder: 3 errors, 1 warning}, one line a rule. */
    static String line(RuleCount count) {
        List<String> parts = new ArrayList<>();
        count.counts().forEach((severity, n) -> parts.add(n + " " + plural(severity, n)));
        return "reportlint: " + count.rule() + ": " + String.join(", ", parts);
    }

    /** The severity's name as counted: {@code error}/{@code errors}, {@code warning}/{@code warnings}... */
    static String plural(Severity severity, int n) {
        return severity.id() + (n == 1 ? "" : "s");
    }

    private static Map<Severity, Integer> mostSevereFirst(Map<Severity, Integer> bySeverity) {
        Map<Severity, Integer> ordered = new java.util.LinkedHashMap<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            Integer n = bySeverity.get(severity);
            if (n != null) {
                ordered.put(severity, n);
            }
        }
        return ordered;
    }

    private static int rank(Severity severity) {
        return switch (severity) {
            case ERROR -> 0;
            case WARNING -> 1;
            case INFO -> 2;
        };
    }
}
