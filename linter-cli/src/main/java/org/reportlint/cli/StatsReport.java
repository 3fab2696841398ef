package org.reportlint.cli;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.reportlint.core.engine.LintStats;

/** The {@code --stats} summary: what was read, how fast, and where the time went. */
final class StatsReport {

    private StatsReport() {
    }

    static String format(LintStats stats, long wallNanos) {
        StringBuilder out = new StringBuilder();
        double seconds = wallNanos / 1e9;
        double megabytes = stats.bytes() / (1024.0 * 1024.0);
        out.append(String.format(Locale.ROOT, "reportlint stats: %d files, %.2f MiB in %.3f s (%.1f files/s, %.2f MiB/s)%n",
                stats.files(), megabytes, seconds, stats.files() / Math.max(seconds, 1e-9), megabytes / Math.max(seconds, 1e-9)));
        long ruleTotal = stats.ruleNanos().values().stream().mapToLong(Long::longValue).sum();
        out.append(String.format(Locale.ROOT, "  %-22s %10.1f ms%n", "read + parse", stats.parseNanos() / 1e6));
        // Facts are computed once per document for every rule that reads them, so they are not any one rule's.
        out.append(String.format(Locale.ROOT, "  %-22s %10.1f ms%n", "shared facts", stats.factNanos() / 1e6));
        stats.factNanosByKind().forEach((kind, nanos) ->
                out.append(String.format(Locale.ROOT, "    %-20s %10.1f ms%n", kind.label(), nanos / 1e6)));
        out.append(String.format(Locale.ROOT, "  %-22s %10.1f ms%n", "all rules", ruleTotal / 1e6));
        stats.ruleNanos().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> out.append(String.format(Locale.ROOT, "    %-20s %10.1f ms%n", e.getKey(), e.getValue() / 1e6)));
        return out.toString();
    }
}
