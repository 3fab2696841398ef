package org.reportlint.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The counts of some rows of {@link RunSummary#COUNTED}: files, unreadable and skipped ones, hidden findings, each
 * rule's findings by severity and how many are fixable, and the first unreadable files. One is made per partition on
 * the executors and they are summed on the driver, so a run's totals take one pass over its rows, not a query each.
 */
public final class RunCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int ERRORS = 0;
    private static final int WARNINGS = 1;
    private static final int INFOS = 2;
    private static final int FIXABLE = 3;

    private final int shownErrors;
    long files;
    long unreadable;
    long skipped;
    long suppressed;
    /** Per rule id, in id order: errors, warnings, infos, fixable. */
    final TreeMap<String, long[]> byRule = new TreeMap<>();
    /** "path: first error" of the first unreadable files, at most {@code shownErrors}, in row order. */
    final List<String> unreadableFiles = new ArrayList<>();

    RunCounts(int shownErrors) {
        this.shownErrors = shownErrors;
    }

    /** Counts the rows of one partition. */
    static MapPartitionsFunction<Row, RunCounts> perPartition(int shownErrors) {
        return rows -> {
            RunCounts counts = new RunCounts(shownErrors);
            while (rows.hasNext()) {
                counts.add(rows.next());
            }
            return List.of(counts).iterator();
        };
    }

    /** Adds a row of {@link RunSummary#COUNTED}. */
    void add(Row row) {
        List<String> errors = row.getList(RunSummary.ERRORS);
        if (row.getBoolean(RunSummary.IS_FILE)) {
            files++;
            if (!errors.isEmpty()) {
                unreadable++;
                if (unreadableFiles.size() < shownErrors) {
                    unreadableFiles.add(row.getString(RunSummary.PATH) + ": " + errors.get(0));
                }
            } else if (row.isNullAt(RunSummary.FORMAT) && !row.getList(RunSummary.NOTICES).isEmpty()) {
                skipped++;
            }
        }
        suppressed += row.getInt(RunSummary.SUPPRESSED);
        List<String> rules = row.getList(RunSummary.RULES);
        List<String> severities = row.getList(RunSummary.SEVERITIES);
        List<Boolean> fixes = row.getList(RunSummary.FIXES);
        for (int i = 0; i < rules.size(); i++) {
            long[] counts = byRule.computeIfAbsent(rules.get(i), id -> new long[4]);
            switch (severities.get(i)) {
                case "error" -> counts[ERRORS]++;
                case "warning" -> counts[WARNINGS]++;
                case "info" -> counts[INFOS]++;
                default -> throw new IllegalStateException("unknown severity " + severities.get(i));
            }
            if (fixes.get(i)) {
                counts[FIXABLE]++;
            }
        }
    }

    /** The sum of {@code parts}, in their order (their unreadable files too, up to the limit). */
    static RunCounts sum(List<RunCounts> parts, int shownErrors) {
        RunCounts total = new RunCounts(shownErrors);
        for (RunCounts part : parts) {
            total.files += part.files;
            total.unreadable += part.unreadable;
            total.skipped += part.skipped;
            total.suppressed += part.suppressed;
            for (Map.Entry<String, long[]> rule : part.byRule.entrySet()) {
                long[] counts = total.byRule.computeIfAbsent(rule.getKey(), id -> new long[4]);
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += rule.getValue()[i];
                }
            }
            Iterator<String> shown = part.unreadableFiles.iterator();
            while (total.unreadableFiles.size() < shownErrors && shown.hasNext()) {
                total.unreadableFiles.add(shown.next());
            }
        }
        return total;
    }

    /** Rows of {@link RunSummary#BY_RULE}, in rule id order. */
    List<Row> ruleRows() {
        List<Row> rows = new ArrayList<>(byRule.size());
        byRule.forEach((id, counts) -> rows.add(RowFactory.create(id, counts[ERRORS], counts[WARNINGS], counts[INFOS],
                counts[FIXABLE])));
        return rows;
    }
}
